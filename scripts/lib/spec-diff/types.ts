import { isObject } from "../model/document.js";

export { asObject, isObject, type JsonObject, type OpenApiDocument } from "../model/document.js";

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

/** Ordering of levels, so the highest one can be picked with `Math.max`. */
export const LEVEL_RANK: Readonly<Record<ChangeLevel, number>> = { patch: 0, minor: 1, major: 2 };

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
