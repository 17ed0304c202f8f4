import { LOWER_BOUNDS, UPPER_BOUNDS } from "../model/keywords.js";
import type { NormalSchema } from "./normalize.js";
import { isObject } from "./types.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const LOWER: ReadonlySet<string> = new Set(LOWER_BOUNDS);
const UPPER: ReadonlySet<string> = new Set(UPPER_BOUNDS);

/**
 * Merges an `allOf` branch into the schema that holds it, as a validator would see the pair:
 * types and values intersect, properties and `required` add up, the strictest bound wins. The
 * outer schema's annotations win, since they describe this use of the branch.
 */
export function mergeInto(target: Mutable<NormalSchema>, branch: NormalSchema): void {
  target.types = intersect(target.types, branch.types);
  // Either side marking the schema nullable is how both the 3.0 idiom (`allOf: [$ref]` next to
  // `nullable: true`) and a nullable base are meant, even if strict JSON Schema would disagree.
  target.nullable = target.nullable || branch.nullable;
  target.values = intersectValues(target.values, branch.values);
  const properties = new Map(target.properties);
  for (const [name, schema] of branch.properties) {
    const existing = properties.get(name);
    properties.set(name, existing === undefined ? schema : { allOf: [existing, schema] });
  }
  target.properties = properties;
  target.required = new Set([...target.required, ...branch.required]);
  target.items = both(target.items, branch.items);
  target.additionalProperties =
    target.additionalProperties === false || branch.additionalProperties === false
      ? false
      : both(target.additionalProperties, branch.additionalProperties);
  if (target.variants && branch.variants) {
    target.other = { ...target.other, "oneOf (from allOf)": branch.variants };
  } else target.variants ??= branch.variants;
  const constraints: Record<string, unknown> = { ...branch.constraints };
  for (const [key, value] of Object.entries(target.constraints)) {
    const theirs = constraints[key];
    if (typeof value === "number" && typeof theirs === "number" && LOWER.has(key)) {
      constraints[key] = Math.max(value, theirs);
    } else if (typeof value === "number" && typeof theirs === "number" && UPPER.has(key)) {
      constraints[key] = Math.min(value, theirs);
    } else constraints[key] = value;
  }
  target.constraints = constraints;
  target.annotations = { ...branch.annotations, ...target.annotations };
  target.other = { ...branch.other, ...target.other };
}

function intersect(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a].filter((type) => b.has(type) || (type === "integer" && b.has("number"))));
}

function intersectValues(
  a: readonly unknown[] | undefined,
  b: readonly unknown[] | undefined,
): readonly unknown[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const keys = new Set(b.map((value) => JSON.stringify(value)));
  return a.filter((value) => keys.has(JSON.stringify(value)));
}

function both(a: unknown, b: unknown): unknown {
  if (a === undefined || a === true || (isObject(a) && Object.keys(a).length === 0)) return b;
  if (b === undefined || b === true || (isObject(b) && Object.keys(b).length === 0)) return a;
  return { allOf: [a, b] };
}
