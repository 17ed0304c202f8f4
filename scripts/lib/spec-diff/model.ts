import { normalizeSchema } from "./normalize.js";
import { componentSchemas, resolveRef } from "./resolve.js";
import { isObject, type OpenApiDocument } from "./types.js";

/** The single string a schema's `type` property is pinned to (`"employee"`), if any. */
export function typeConstant(schema: unknown, doc: unknown): string | undefined {
  const typeProperty = normalizeSchema(schema, doc).properties.get("type");
  if (typeProperty === undefined) return undefined;
  const values = normalizeSchema(typeProperty, doc).values;
  const [only] = values ?? [];
  return values?.length === 1 && typeof only === "string" ? only : undefined;
}

/** Name of the event envelope component (`type` pinned to `"event"`); `Event` wins a tie. */
export function findEnvelope(doc: OpenApiDocument): string | undefined {
  const schemas = componentSchemas(doc);
  const names = Object.keys(schemas)
    .sort()
    .filter((name) => typeConstant(schemas[name], doc) === "event");
  return names.includes("Event") ? "Event" : names[0];
}

/** Every topic string the envelope's `topic` allows, from `enum`, `const` and composed branches. */
export function collectTopics(doc: OpenApiDocument): ReadonlySet<string> {
  const envelope = findEnvelope(doc);
  const topics = new Set<string>();
  if (envelope === undefined) return topics;
  const topic = normalizeSchema(componentSchemas(doc)[envelope], doc).properties.get("topic");
  collectStrings(topic, doc, topics, 0);
  return topics;
}

function collectStrings(schema: unknown, doc: unknown, into: Set<string>, depth: number): void {
  const { node } = resolveRef(schema, doc);
  if (!isObject(node) || depth > 16) return;
  const values = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const] : [];
  for (const value of values) if (typeof value === "string") into.add(value);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const b of branches) collectStrings(b, doc, into, depth + 1);
  }
}

/** The resource type a topic is about: `leave-request.created` → `leave-request`. */
export function resourceTypeOf(topic: string): string | undefined {
  const dot = topic.lastIndexOf(".");
  return dot > 0 ? topic.slice(0, dot) : undefined;
}

/** Resource types named by topics or by an `x-lucca-resource` annotation. */
export function resourceTypes(doc: OpenApiDocument): ReadonlySet<string> {
  const types = new Set<string>();
  for (const topic of collectTopics(doc)) {
    const type = resourceTypeOf(topic);
    if (type !== undefined) types.add(type);
  }
  for (const schema of Object.values(componentSchemas(doc))) {
    const annotated = isObject(schema) ? schema["x-lucca-resource"] : undefined;
    if (typeof annotated === "string") types.add(annotated);
  }
  return types;
}

/**
 * The component describing a resource: the one annotated `x-lucca-resource: <type>`, else the only
 * one whose `type` is pinned to it. References (`employee-reference`) pin the same type, so when
 * several do, the one named like the type (`Employee`, `employee`) is taken.
 */
export function findResource(doc: OpenApiDocument, type: string): string | undefined {
  const schemas = componentSchemas(doc);
  const names = Object.keys(schemas).sort();
  const annotated = names.find((name) => {
    const schema = schemas[name];
    return isObject(schema) && schema["x-lucca-resource"] === type;
  });
  if (annotated !== undefined) return annotated;
  const pinned = names.filter((name) => typeConstant(schemas[name], doc) === type);
  if (pinned.length <= 1) return pinned[0];
  return pinned.find((name) => squash(name) === squash(type));
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
