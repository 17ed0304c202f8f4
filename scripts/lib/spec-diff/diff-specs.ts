/**
 * @module Classifies the differences between two versions of an API version's OpenAPI spec the way
 * a consumer of its webhook events would feel them, to pick the changeset bump.
 */
import { createContext, finishContext } from "./context.js";
import {
  collectTopics,
  findEnvelope,
  findResource,
  resourceTypeOf,
  resourceTypes,
} from "./model.js";
import { diffOperations } from "./paths.js";
import { componentSchemas } from "./resolve.js";
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
  const changes = [
    ...diffTopics(before, after),
    ...diffEnvelope(before, after),
    ...diffResources(before, after),
    ...diffOperations(before, after),
  ];
  const unique = new Map(changes.map((change) => [`${change.subject}\n${change.text}`, change]));
  return [...unique.values()].sort(
    (x, y) => compare(x.subject, y.subject) || compare(x.text, y.text),
  );
}

function diffTopics(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const b = collectTopics(before);
  const a = collectTopics(after);
  const change = (level: SpecChange["level"], topic: string, verb: string): SpecChange => ({
    level,
    subject: resourceTypeOf(topic) ?? topic,
    text: `topic "${topic}" ${verb}`,
  });
  return [
    ...[...b].filter((topic) => !a.has(topic)).map((topic) => change("major", topic, "removed")),
    ...[...a].filter((topic) => !b.has(topic)).map((topic) => change("minor", topic, "added")),
  ];
}

function diffEnvelope(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const b = findEnvelope(before);
  const a = findEnvelope(after);
  if (b === undefined || a === undefined) return [];
  const ctx = createContext(before, after, "event");
  compareSchemas(envelopeRest(before, b), envelopeRest(after, a), "", ctx);
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

function diffResources(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const afterTypes = resourceTypes(after);
  const changes: SpecChange[] = [];
  // A resource that lost or gained all its topics is already reported through the topics.
  for (const type of [...resourceTypes(before)].filter((t) => afterTypes.has(t)).sort()) {
    const b = findResource(before, type);
    const a = findResource(after, type);
    if (b === undefined && a === undefined) continue;
    if (b === undefined || a === undefined) {
      const verb = b === undefined ? "now described" : "no longer described";
      changes.push({ level: "major", subject: type, text: `${type}: resource schema ${verb}` });
      continue;
    }
    const ctx = createContext(before, after, type);
    compareSchemas(componentRef(b), componentRef(a), "", ctx);
    changes.push(...finishContext(ctx));
  }
  return changes;
}

function componentRef(name: string): unknown {
  return { $ref: `#/components/schemas/${name.replaceAll("~", "~0").replaceAll("/", "~1")}` };
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
