import { appendPointer, resolvePointer } from "./json-pointer.js";
import type { LoadedSpec } from "../spec/load-spec.js";
import { eventInterfaceName, pascalCase, schemaTypeName, validatorName } from "./naming.js";
import { SpecError } from "../spec/spec-error.js";

/** One topic of an API version, with everything the emitters need to name and type it. */
export interface TopicModel {
  topic: string;
  /** The resource type, the part of the topic before the dot (`leave-request`). */
  resourceType: string;
  /** The component schema that describes `data` (`LeaveRequest`). */
  schemaName: string;
  eventName: string;
  validatorName: string;
  isUpdate: boolean;
}

/** What the spec says about events: the envelope schema and every topic, sorted. */
export interface EventModel {
  envelopeSchemaName: string;
  topics: TopicModel[];
}

/** The extension that names the resource a schema describes where its `type` cannot. */
export const RESOURCE_EXTENSION = "x-lucca-resource";
const SCHEMAS = "/components/schemas";
// `<resource>.<action>`; values without a dot (Lucca's "confirmation") name no resource.
const TOPIC_GRAMMAR = /^[^.\s]+\.[^.\s]+$/;

type Schemas = Record<string, Record<string, unknown>>;

/**
 * Derives the topic → resource mapping from the spec alone: the topics are the values the event
 * envelope allows for `topic`; a topic's resource is the schema carrying `x-lucca-resource` for
 * its resource type, or else the one schema whose `type` property is that constant.
 */
export function buildEventModel(spec: LoadedSpec): EventModel {
  const schemas = (resolvePointer(spec.document, SCHEMAS) ?? {}) as Schemas;
  const envelopeSchemaName = findEnvelope(spec, schemas);
  const topicValues = collectTopics(spec, schemas, envelopeSchemaName);
  const byIdentifier = new Map<string, string>();
  const topics = topicValues.map(({ topic, pointer }) => {
    const eventName = eventInterfaceName(topic);
    const clash = byIdentifier.get(eventName);
    if (clash !== undefined) {
      throw new SpecError(
        spec.file,
        pointer,
        `topics "${clash}" and "${topic}" both map to the identifier ${eventName}`,
      );
    }
    byIdentifier.set(eventName, topic);
    const [resourceType = "", action = ""] = topic.split(".");
    return {
      topic,
      resourceType,
      schemaName: findResource(spec, schemas, resourceType, topic, pointer),
      eventName,
      validatorName: validatorName(topic),
      isUpdate: action === "updated",
    };
  });
  return { envelopeSchemaName, topics: topics.sort((a, b) => compare(a.topic, b.topic)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function findEnvelope(spec: LoadedSpec, schemas: Schemas): string {
  const candidates = Object.keys(schemas).filter(
    (name) => typeConstant(spec, schemas[name]) === "event",
  );
  if (candidates.length === 1) return candidates[0]!;
  const reason =
    candidates.length === 0
      ? 'no event envelope: no schema has a "type" property whose constant is "event"'
      : `several event envelopes: ${candidates.join(", ")} all have type "event"`;
  throw new SpecError(spec.file, SCHEMAS, reason);
}

/** The single string a schema's `type` property allows (`const` or a one-value `enum`). */
function typeConstant(spec: LoadedSpec, schema: unknown): string | undefined {
  const properties = deref(spec, (deref(spec, schema) as Record<string, unknown>)?.properties);
  const type = deref(spec, (properties as Record<string, unknown> | undefined)?.type) as
    Record<string, unknown> | undefined;
  if (typeof type?.const === "string") return type.const;
  if (Array.isArray(type?.enum) && type.enum.length === 1 && typeof type.enum[0] === "string") {
    return type.enum[0];
  }
  return undefined;
}

function deref(spec: LoadedSpec, value: unknown): unknown {
  let current = value;
  // Bounded so a cycle of $refs cannot hang the generator.
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current as Record<string, unknown> | null)?.$ref;
    if (typeof ref !== "string") return current;
    current = resolvePointer(spec.document, ref);
  }
  return current;
}

interface TopicValue {
  topic: string;
  pointer: string;
}

function collectTopics(spec: LoadedSpec, schemas: Schemas, envelope: string): TopicValue[] {
  const pointer = `${SCHEMAS}/${envelope}/properties/topic`;
  const found: TopicValue[] = [];
  visitTopicSchema(spec, resolvePointer(spec.document, pointer), pointer, found);
  // Values outside the topic grammar (Lucca's "confirmation") describe no resource; at run time
  // they arrive as unknown topics.
  const topics = found.filter(({ topic }) => TOPIC_GRAMMAR.test(topic));
  if (topics.length === 0) {
    throw new SpecError(spec.file, pointer, "the envelope lists no <resource>.<action> topic");
  }
  const seen = new Set<string>();
  return topics.filter(({ topic }) => !seen.has(topic) && seen.add(topic));
}

function visitTopicSchema(spec: LoadedSpec, schema: unknown, pointer: string, out: TopicValue[]) {
  if (schema === null || typeof schema !== "object") return;
  const node = schema as Record<string, unknown>;
  if (typeof node.$ref === "string") {
    visitTopicSchema(spec, resolvePointer(spec.document, node.$ref), node.$ref.slice(1), out);
  }
  if (typeof node.const === "string") out.push({ topic: node.const, pointer: `${pointer}/const` });
  if (Array.isArray(node.enum)) {
    node.enum.forEach((value, index) => {
      if (typeof value === "string")
        out.push({ topic: value, pointer: `${pointer}/enum/${index}` });
    });
  }
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const branches = node[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((branch, index) =>
      visitTopicSchema(spec, branch, `${pointer}/${keyword}/${index}`, out),
    );
  }
}

function findResource(
  spec: LoadedSpec,
  schemas: Schemas,
  resourceType: string,
  topic: string,
  pointer: string,
): string {
  const names = Object.keys(schemas);
  const marked = names.filter((name) => schemas[name]?.[RESOURCE_EXTENSION] === resourceType);
  const candidates = marked.length > 0 ? marked : pickResource(names.filter(isResource));
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new SpecError(
      spec.file,
      pointer,
      `topic "${topic}" has no resource: no schema in ${SCHEMAS} has ${RESOURCE_EXTENSION}: ` +
        `${resourceType} or a "type" property whose constant is "${resourceType}"`,
    );
  }
  throw new SpecError(
    spec.file,
    appendPointer(SCHEMAS, candidates[1]!),
    `topic "${topic}" matches several schemas (${candidates.join(", ")}): ` +
      `mark the one that describes the resource with ${RESOURCE_EXTENSION}: ${resourceType}`,
  );

  function isResource(name: string): boolean {
    return typeConstant(spec, schemas[name]) === resourceType;
  }

  /**
   * Reference schemas (`{id, type, url}`) share the resource's `type` constant; the resource is
   * the one named after its type, or else the only one with more than those three properties.
   */
  function pickResource(matches: string[]): string[] {
    if (matches.length < 2) return matches;
    const named = matches.filter((name) => schemaTypeName(name) === pascalCase(resourceType));
    if (named.length === 1) return named;
    const richer = matches.filter((name) => !isReferenceShaped(spec, schemas[name]));
    return richer.length === 1 ? richer : matches;
  }
}

const REFERENCE_PROPERTIES = new Set(["id", "type", "url"]);

function isReferenceShaped(spec: LoadedSpec, schema: unknown): boolean {
  const properties = (deref(spec, schema) as Record<string, unknown> | undefined)?.properties;
  return Object.keys(properties ?? {}).every((name) => REFERENCE_PROPERTIES.has(name));
}
