/**
 * @module Classifies the differences between two versions of an API version's OpenAPI spec the way
 * a consumer of its webhook events would feel them, to pick the changeset bump.
 */
import { componentPointer, componentSchemas, openApiLineOf } from "../model/document.js";
import { readEventModelLeniently, type LenientEventModel } from "../model/event-model.js";
import { createContext, finishContext } from "./context.js";
import { diffOperations } from "./paths.js";
import { compareSchemas } from "./schema.js";
import { isObject, type OpenApiDocument, type SpecChange } from "./types.js";

export type { ChangeLevel, OpenApiDocument, SpecChange } from "./types.js";

/** Envelope properties compared elsewhere: `topic` as the topic list, `data` as each resource. */
const ENVELOPE_HANDLED_ELSEWHERE = ["topic", "data"];

/**
 * Lists the consumer-visible changes from `before` to `after` (parsed OpenAPI 3.0 or 3.1), sorted
 * by subject then text. Documents that differ only in key order or component names give `[]`.
 *
 * @example
 * diffSpecs(previous, current);
 * // [{ level: "minor", subject: "employee", text: 'employee: property "nickname" added (optional)' }]
 */
export function diffSpecs(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  return diffReadings(readForDiff(before, "before"), readForDiff(after, "after"));
}

/** One side of a diff: the document and the model's lenient reading of it. */
interface Reading {
  readonly document: OpenApiDocument;
  readonly model: LenientEventModel;
}

/**
 * The model's lenient reading: the generator's rules exactly, with whatever they cannot read (an
 * older `HEAD` the generator would now refuse) skipped rather than thrown.
 */
function readForDiff(document: OpenApiDocument, file: string): Reading {
  const openapi = openApiLineOf(document) ?? "3.1";
  return { document, model: readEventModelLeniently({ file, openapi, document }) };
}

function diffReadings(before: Reading, after: Reading): SpecChange[] {
  const changes = [
    ...diffTopics(before, after),
    ...diffEnvelope(before, after),
    ...diffResources(before, after),
    ...diffOperations(before.document, after.document),
  ];
  const unique = new Map(changes.map((change) => [`${change.subject}\n${change.text}`, change]));
  return [...unique.values()].sort(
    (x, y) => compare(x.subject, y.subject) || compare(x.text, y.text),
  );
}

function diffTopics(before: Reading, after: Reading): SpecChange[] {
  const b = new Set(before.model.topics.map((topic) => topic.topic));
  const a = new Map(after.model.topics.map((topic) => [topic.topic, topic]));
  const bTopics = new Map(before.model.topics.map((topic) => [topic.topic, topic]));
  const change = (level: SpecChange["level"], topic: string, verb: string): SpecChange => ({
    level,
    subject: (a.get(topic) ?? bTopics.get(topic))!.resourceType,
    text: `topic "${topic}" ${verb}`,
  });
  return [
    ...[...b].filter((topic) => !a.has(topic)).map((topic) => change("major", topic, "removed")),
    ...[...a.keys()]
      .filter((topic) => !b.has(topic))
      .map((topic) => change("minor", topic, "added")),
  ];
}

function diffEnvelope(before: Reading, after: Reading): SpecChange[] {
  const b = before.model.envelopeSchemaName;
  const a = after.model.envelopeSchemaName;
  if (b === undefined || a === undefined) return [];
  const ctx = createContext(before.document, after.document, "event");
  compareSchemas(envelopeRest(before.document, b), envelopeRest(after.document, a), "", ctx);
  return finishContext(ctx);
}

/** The envelope without the properties whose changes are reported per topic and per resource. */
function envelopeRest(doc: OpenApiDocument, name: string): unknown {
  const schema = componentSchemas(doc)[name];
  if (!isObject(schema) || !isObject(schema.properties)) return schema;
  const properties = { ...schema.properties };
  for (const key of ENVELOPE_HANDLED_ELSEWHERE) delete properties[key];
  const required = Array.isArray(schema.required)
    ? schema.required.filter((key) => !ENVELOPE_HANDLED_ELSEWHERE.includes(String(key)))
    : schema.required;
  return { ...schema, properties, required };
}

/** Resource type → the component describing it, as the generator binds it. */
function resourcesOf(reading: Reading): Map<string, string | undefined> {
  const resources = new Map<string, string | undefined>();
  for (const topic of reading.model.topics) {
    if (resources.get(topic.resourceType) === undefined) {
      resources.set(topic.resourceType, topic.schemaName);
    }
  }
  return resources;
}

function diffResources(before: Reading, after: Reading): SpecChange[] {
  const b = resourcesOf(before);
  const a = resourcesOf(after);
  const changes: SpecChange[] = [];
  // A resource that lost or gained all its topics is already reported through the topics.
  for (const type of [...b.keys()].filter((t) => a.has(t)).sort()) {
    const bName = b.get(type);
    const aName = a.get(type);
    if (bName === undefined && aName === undefined) continue;
    if (bName === undefined || aName === undefined) {
      const verb = bName === undefined ? "now described" : "no longer described";
      changes.push({ level: "major", subject: type, text: `${type}: resource schema ${verb}` });
      continue;
    }
    const ctx = createContext(before.document, after.document, type);
    compareSchemas(componentRef(bName), componentRef(aName), "", ctx);
    changes.push(...finishContext(ctx));
  }
  return changes;
}

function componentRef(name: string): unknown {
  return { $ref: `#${componentPointer(name)}` };
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
