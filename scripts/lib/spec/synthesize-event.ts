/**
 * @module A minimal event for a topic that has no example file, built from the schema alone:
 * each value is the schema's `example`, first `examples`, `default`, `const` or first `enum`
 * value, else a value of its type (a sample of its format for strings), with required
 * properties only. The generator validates the result like any example, so a schema this cannot
 * satisfy (a `pattern`, say) fails with its pointer and asks for an example file.
 */
import { isObject, type OpenApiDocument } from "../model/document.js";
import { resolveRef } from "../model/refs.js";
import { layers } from "../model/schema-reading.js";

/** A value of each format core checks, and of the usual others (JSON Schema 2020-12 §7.3). */
const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  date: "2024-01-01",
  "date-time": "2024-01-01T00:00:00Z",
  "date-time-offset": "2024-01-01T00:00:00+00:00",
  time: "00:00:00Z",
  duration: "P1D",
  email: "someone@example.com",
  "idn-email": "someone@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  "iri-reference": "https://example.com/",
  "uri-template": "https://example.com/{id}",
  uuid: "00000000-0000-4000-8000-000000000000",
  "json-pointer": "/a",
  "relative-json-pointer": "0",
  regex: ".*",
  phone: "+33100000000",
  byte: "AA==",
};

// Deeper than any real resource; a guard against recursive schemas.
const MAX_DEPTH = 32;

/** The event a topic would carry: the envelope's required fields, `topic`, and a minimal `data`. */
export function synthesizeEvent(
  document: OpenApiDocument,
  envelope: unknown,
  resource: unknown,
  fields: { topic: string; apiVersion: string },
): Record<string, unknown> {
  const event = asRecord(sample(envelope, document, 0));
  event.topic = fields.topic;
  event.data = sample(resource, document, 0);
  if ("apiVersion" in event) event.apiVersion = fields.apiVersion;
  return event;
}

function asRecord(value: unknown): Record<string, unknown> {
  return isObject(value) ? { ...value } : {};
}

function sample(schema: unknown, document: unknown, depth: number): unknown {
  const node = resolveRef(schema, document).node;
  if (!isObject(node) || depth > MAX_DEPTH) return {};
  const given = givenValue(node);
  if (given.found) return given.value;
  for (const key of ["oneOf", "anyOf"] as const) {
    const branches = Array.isArray(node[key]) ? node[key] : [];
    const branch = branches.find((b) => !isNullSchema(resolveRef(b, document).node));
    if (branch !== undefined && !hasOwnShape(node)) return sample(branch, document, depth + 1);
  }
  const all = layers(node, document);
  const type = typeOf(all);
  if (type === "object") return sampleObject(all, document, depth);
  if (type === "array") {
    const minItems = numberIn(all, "minItems") ?? 0;
    const items = all.find((layer) => layer.items !== undefined)?.items;
    return Array.from({ length: minItems }, () => sample(items, document, depth + 1));
  }
  if (type === "string") {
    const format = all.find((layer) => typeof layer.format === "string")?.format as string;
    const text = FORMAT_SAMPLES[format] ?? "x";
    return text.padEnd(numberIn(all, "minLength") ?? 0, "x");
  }
  if (type === "integer" || type === "number") {
    const minimum = numberIn(all, "minimum");
    const exclusive = numberIn(all, "exclusiveMinimum");
    const base = minimum ?? (exclusive === undefined ? 0 : Math.floor(exclusive) + 1);
    return type === "integer" ? Math.ceil(base) : base;
  }
  if (type === "boolean") return false;
  if (type === "null") return null;
  return {};
}

function givenValue(node: Record<string, unknown>): { found: boolean; value?: unknown } {
  if ("example" in node) return { found: true, value: node.example };
  if (Array.isArray(node.examples) && node.examples.length > 0) {
    return { found: true, value: node.examples[0] };
  }
  if ("default" in node) return { found: true, value: node.default };
  if ("const" in node) return { found: true, value: node.const };
  if (Array.isArray(node.enum) && node.enum.length > 0) {
    return { found: true, value: node.enum.find((value) => value !== null) ?? null };
  }
  return { found: false };
}

function sampleObject(all: Record<string, unknown>[], document: unknown, depth: number): unknown {
  const result: Record<string, unknown> = {};
  const required = new Set(
    all.flatMap((layer) => (Array.isArray(layer.required) ? layer.required : [])),
  );
  for (const name of required) {
    if (typeof name !== "string") continue;
    const owner = all.find((layer) => isObject(layer.properties) && name in layer.properties);
    const property = owner === undefined ? {} : (owner.properties as Record<string, unknown>)[name];
    result[name] = sample(property, document, depth + 1);
  }
  return result;
}

function typeOf(all: Record<string, unknown>[]): string | undefined {
  for (const layer of all) {
    const type = layer.type;
    if (typeof type === "string") return type;
    if (Array.isArray(type)) return type.find((t) => t !== "null") ?? "null";
    if (layer.properties !== undefined || layer.required !== undefined) return "object";
    if (layer.items !== undefined) return "array";
  }
  return undefined;
}

function numberIn(all: Record<string, unknown>[], keyword: string): number | undefined {
  const found = all.find((layer) => typeof layer[keyword] === "number");
  return found === undefined ? undefined : (found[keyword] as number);
}

function hasOwnShape(node: Record<string, unknown>): boolean {
  return node.properties !== undefined || node.type === "object";
}

function isNullSchema(node: unknown): boolean {
  return (
    isObject(node) &&
    (node.type === "null" || (Array.isArray(node.enum) && node.enum.every((v) => v === null)))
  );
}
