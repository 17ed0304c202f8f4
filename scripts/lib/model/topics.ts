/**
 * @module Collecting the topics a spec describes, wherever it writes them:
 * - the envelope's `topic` property (`enum`, `const`, `anyOf`/`oneOf`/`allOf` branches, `$ref`s);
 * - per-topic event schemas (`type: "event"` with `topic` a constant), for instance the branches
 *   of an envelope `oneOf`, with `data`'s `$ref` giving the resource;
 * - a `discriminator` on `topic` (OpenAPI 3.x Discriminator Object): its `mapping` keys;
 * - OpenAPI 3.1 `webhooks` (3.1.0 §4.8.1): each entry's request body schema.
 */
import { appendPointer } from "./json-pointer.js";
import {
  asObject,
  COMPONENT_SCHEMAS,
  componentNameOf,
  componentPointer,
  componentSchemas,
  isObject,
  type LoadedSpec,
} from "./document.js";
import { isTopicEvent } from "./envelope.js";
import { resolveRef } from "./refs.js";
import { locatedLayers, propertyConstant, propertyRef } from "./schema-reading.js";

/** One topic value found in the spec. */
export interface TopicValue {
  readonly topic: string;
  /** Where it was found, for error messages. */
  readonly pointer: string;
  /** The component `data` refers to, when the spec says it next to the topic. */
  readonly resourceSchema?: string;
  /** The per-topic event component, when the spec has one. */
  readonly eventSchema?: string;
}

/** What {@link collectTopics} found: the topics, and the values that are not topics. */
export interface CollectedTopics {
  readonly topics: TopicValue[];
  /** Values such as Lucca's `confirmation`: they name no resource and get no type. */
  readonly notTopics: TopicValue[];
}

/**
 * `<resource>.<action>`: the resource is everything before the last dot
 * (`leave-request.decision.created` → `leave-request.decision`), no segment is empty.
 */
const TOPIC_GRAMMAR = /^[^.\s]+(?:\.[^.\s]+)+$/;

/** Whether `value` reads as a topic. */
export function isTopic(value: string): boolean {
  return TOPIC_GRAMMAR.test(value);
}

/** The resource type a topic is about: `leave-request.created` → `leave-request`. */
export function resourceTypeOf(topic: string): string {
  return topic.slice(0, topic.lastIndexOf("."));
}

/** The action of a topic: `employee.updated` → `updated`. */
export function actionOf(topic: string): string {
  return topic.slice(topic.lastIndexOf(".") + 1);
}

/** Every topic of the spec, first occurrence wins, enriched by later ones that name a resource. */
export function collectTopics(spec: LoadedSpec, envelope: string | undefined): CollectedTopics {
  const { document } = spec;
  const found: TopicValue[] = [];
  const schemas = componentSchemas(document);
  if (envelope !== undefined) {
    for (const layer of locatedLayers(schemas[envelope], componentPointer(envelope), document)) {
      const properties = asObject(layer.node.properties);
      if (!Object.hasOwn(properties, "topic")) continue;
      visitTopicSchema(document, properties.topic, `${layer.pointer}/properties/topic`, found);
    }
  }
  for (const name of Object.keys(schemas).sort()) {
    const pointer = componentPointer(name);
    if (name !== envelope && isTopicEvent(schemas[name], document))
      found.push(topicEvent(document, name, pointer));
    found.push(...discriminatorTopics(document, schemas[name], pointer));
  }
  found.push(...webhookTopics(document));
  const byTopic = new Map<string, TopicValue>();
  for (const value of found) {
    const earlier = byTopic.get(value.topic);
    byTopic.set(
      value.topic,
      earlier === undefined ? value : { ...value, ...earlier, ...named(earlier, value) },
    );
  }
  const all = [...byTopic.values()];
  return {
    topics: all.filter((value) => isTopic(value.topic)),
    notTopics: all.filter((value) => !isTopic(value.topic)),
  };
}

function named(earlier: TopicValue, later: TopicValue): Partial<TopicValue> {
  return {
    ...((earlier.resourceSchema ?? later.resourceSchema)
      ? { resourceSchema: earlier.resourceSchema ?? later.resourceSchema }
      : {}),
    ...((earlier.eventSchema ?? later.eventSchema)
      ? { eventSchema: earlier.eventSchema ?? later.eventSchema }
      : {}),
  };
}

function visitTopicSchema(document: unknown, schema: unknown, pointer: string, out: TopicValue[]) {
  if (!isObject(schema)) return;
  if (typeof schema.$ref === "string") {
    const target = resolveRef({ $ref: schema.$ref }, document).node;
    visitTopicSchema(document, target, schema.$ref.slice(1), out);
  }
  if (typeof schema.const === "string") {
    out.push({ topic: schema.const, pointer: `${pointer}/const` });
  }
  if (Array.isArray(schema.enum)) {
    schema.enum.forEach((value, index) => {
      if (typeof value === "string")
        out.push({ topic: value, pointer: `${pointer}/enum/${index}` });
    });
  }
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    branches.forEach((branch, index) =>
      visitTopicSchema(document, branch, `${pointer}/${keyword}/${index}`, out),
    );
  }
}

function topicEvent(document: unknown, name: string, pointer: string): TopicValue {
  const resource = propertyRef(componentSchemas(document)[name], "data", document);
  const resourceSchema = resource === undefined ? undefined : componentNameOf(resource);
  return {
    topic: propertyConstant(componentSchemas(document)[name], "topic", document)!,
    pointer: `${pointer}/properties/topic`,
    eventSchema: name,
    ...(resourceSchema === undefined ? {} : { resourceSchema }),
  };
}

/** The components a `discriminator` on `topic` maps topics to: per-topic events, not envelopes. */
export function discriminatedEventSchemas(document: unknown): Set<string> {
  const names = new Set<string>();
  for (const schema of Object.values(componentSchemas(document))) {
    for (const value of discriminatorTopics(document, schema, "")) {
      if (value.eventSchema !== undefined) names.add(value.eventSchema);
    }
  }
  return names;
}

/** `discriminator: { propertyName: topic, mapping: { "employee.created": "#/…" } }`. */
function discriminatorTopics(document: unknown, schema: unknown, pointer: string): TopicValue[] {
  const discriminator = asObject(asObject(schema).discriminator);
  if (discriminator.propertyName !== "topic") return [];
  const mapping = asObject(discriminator.mapping);
  return Object.entries(mapping).map(([topic, target]) => {
    const ref = typeof target === "string" ? target : "";
    const eventSchema = componentNameOf(ref) ?? componentNameOf(`#${COMPONENT_SCHEMAS}/${ref}`);
    const eventNode =
      eventSchema === undefined ? undefined : componentSchemas(document)[eventSchema];
    const resource = eventNode === undefined ? undefined : propertyRef(eventNode, "data", document);
    const resourceSchema = resource === undefined ? undefined : componentNameOf(resource);
    return {
      topic,
      pointer: appendPointer(`${pointer}/discriminator/mapping`, topic),
      ...(eventSchema === undefined ? {} : { eventSchema }),
      ...(resourceSchema === undefined ? {} : { resourceSchema }),
    };
  });
}

/** 3.1 `webhooks`: the key, or the request body's `topic` constant, with `data`'s resource. */
function webhookTopics(document: unknown): TopicValue[] {
  const webhooks = asObject(asObject(document).webhooks);
  const out: TopicValue[] = [];
  for (const [key, rawItem] of Object.entries(webhooks)) {
    const item = asObject(resolveRef(rawItem, document).node);
    for (const [method, operation] of Object.entries(item)) {
      const body = asObject(resolveRef(asObject(operation).requestBody, document).node);
      const schema = asObject(asObject(asObject(body.content)["application/json"]).schema);
      if (Object.keys(schema).length === 0) continue;
      const constant = propertyConstant(schema, "topic", document);
      // An entry that delivers the envelope itself (`event`) adds no topic of its own.
      const topic = constant ?? (isTopic(key) ? key : undefined);
      if (topic === undefined) continue;
      const [eventRef] = resolveRef(schema, document).refs;
      const eventSchema = eventRef === undefined ? undefined : componentNameOf(eventRef);
      const resource = propertyRef(schema, "data", document);
      const resourceSchema = resource === undefined ? undefined : componentNameOf(resource);
      const pointer = appendPointer(appendPointer("/webhooks", key), method);
      out.push({
        topic,
        pointer,
        ...(eventSchema === undefined || constant === undefined ? {} : { eventSchema }),
        ...(resourceSchema === undefined ? {} : { resourceSchema }),
      });
    }
  }
  return out;
}
