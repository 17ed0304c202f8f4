import type { EventModel } from "../model/event-model.js";
import {
  DEFAULT_SENSITIVE_NAMES,
  sensitivePaths,
  type FieldPath,
} from "../model/sensitive-fields.js";
import type { OpenApiDocument } from "../model/document.js";

/**
 * `redact(event)`: a copy of an event with its personal data masked, for log lines. The paths
 * come from the spec's `x-lucca-sensitive` marks (or the default names); unknown topics are
 * masked by the default names at any depth.
 */
export function emitRedact(model: EventModel, document: OpenApiDocument): string {
  const byTopic: Record<string, FieldPath[]> = {};
  const bySchema = new Map<string, FieldPath[]>();
  for (const topic of model.topics) {
    const paths = bySchema.get(topic.schemaName) ?? sensitivePaths(document, topic.schemaName);
    bySchema.set(topic.schemaName, paths);
    if (paths.length > 0) byTopic[topic.topic] = paths;
  }
  return `/** The mask that replaces every sensitive value. */
export const REDACTED = "[redacted]";

/**
 * Where each topic's \`data\` (and \`previousAttributes\`) holds personal data, from the spec's
 * \`x-lucca-sensitive\` marks; \`*\` stands for every item of an array or value of a map.
 */
export const SENSITIVE_FIELDS: Readonly<Record<string, readonly (readonly string[])[]>> = ${JSON.stringify(byTopic)};

/**
 * Property names masked wherever they appear in an event of a topic this version does not know:
 * bank details, tax and insurance numbers, birth dates, personal addresses, phones and emails.
 */
export const DEFAULT_SENSITIVE_NAMES: readonly string[] = ${JSON.stringify(DEFAULT_SENSITIVE_NAMES)};

// Both calls marked pure: a bundle that never redacts drops the set (and the list with it).
const DEFAULT_NAMES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ DEFAULT_SENSITIVE_NAMES.map((name) => name.toLowerCase()),
);

/**
 * A copy of \`event\` whose personal data (the fields the spec marks \`x-lucca-sensitive\`) is
 * replaced by \`"[redacted]"\`, so that it can be logged. \`null\` values stay \`null\`.
 *
 * @example
 * console.log(JSON.stringify(redact(event)));
 */
export function redact<E>(event: E): E {
  if (event === null || typeof event !== "object") return event;
  const copy = structuredClone(event) as Record<string, unknown>;
  const topic = typeof copy.topic === "string" ? copy.topic : "";
  const paths = Object.hasOwn(SENSITIVE_FIELDS, topic) ? SENSITIVE_FIELDS[topic] : undefined;
  for (const key of ["data", "previousAttributes"]) {
    if (paths === undefined) copy[key] = maskByName(copy[key]);
    else for (const path of paths) copy[key] = maskPath(copy[key], path, 0);
  }
  return copy as E;
}

function maskPath(value: unknown, path: readonly string[], index: number): unknown {
  if (index === path.length) return value === null || value === undefined ? value : REDACTED;
  if (value === null || typeof value !== "object") return value;
  const segment = path[index]!;
  if (Array.isArray(value)) {
    return segment === "*" ? value.map((item) => maskPath(item, path, index + 1)) : value;
  }
  const record = value as Record<string, unknown>;
  const keys = segment === "*" ? Object.keys(record) : Object.hasOwn(record, segment) ? [segment] : [];
  for (const key of keys) record[key] = maskPath(record[key], path, index + 1);
  return record;
}

function maskByName(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskByName);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    record[key] =
      DEFAULT_NAMES.has(key.toLowerCase()) && child !== null ? REDACTED : maskByName(child);
  }
  return record;
}
`;
}
