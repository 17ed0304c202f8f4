/** How strongly a spec change affects consumers, in changesets' bump vocabulary. */
export type ChangeLevel = "major" | "minor" | "patch";

/** One consumer-visible difference between two versions of an OpenAPI spec. */
export interface SpecChange {
  readonly level: ChangeLevel;
  /** What changed: a resource type (`employee`), `event`, or an operation (`POST /webhook-endpoints`). */
  readonly subject: string;
  /** One line for humans, e.g. `employee: property "nickname" added (optional)`. */
  readonly text: string;
}

/** A parsed OpenAPI 3.0 or 3.1 document: plain JSON values, as `yaml.parse` returns them. */
export type OpenApiDocument = { readonly [key: string]: unknown };

/** A JSON object whose values have not been inspected yet. */
export type JsonObject = { readonly [key: string]: unknown };

/** Ordering of levels, so the highest one can be picked with `Math.max`. */
export const LEVEL_RANK: Readonly<Record<ChangeLevel, number>> = { patch: 0, minor: 1, major: 2 };

/** Narrows a JSON value to a (non-array) object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value if it is an object, else an empty one: absent sections compare as empty. */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** JSON text with object keys sorted, so key order never counts as a change. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
