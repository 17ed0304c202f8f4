import { COMPARED_CONSTRAINTS, DOCUMENTING_KEYWORDS, isReadByDiff } from "../model/keywords.js";
import { mergeInto } from "./merge.js";
import { resolveRef } from "../model/refs.js";
import { isObject, type JsonObject } from "./types.js";

/**
 * A schema reduced to what a consumer can observe: refs followed, `allOf` flattened, nullability
 * (3.0 `nullable`, 3.1 `type: [.., "null"]`, a `{type: "null"}` branch, `null` in `enum`) folded
 * into one flag. Subschemas stay raw; they are normalized when the comparison reaches them.
 */
export interface NormalSchema {
  readonly refs: readonly string[];
  /** Allowed JSON types other than `null`; `undefined` = any type. */
  readonly types: ReadonlySet<string> | undefined;
  readonly nullable: boolean;
  /** `enum` / `const` values other than `null`; `undefined` = unconstrained. */
  readonly values: readonly unknown[] | undefined;
  readonly properties: ReadonlyMap<string, unknown>;
  readonly required: ReadonlySet<string>;
  readonly items: unknown;
  readonly additionalProperties: unknown;
  /** Remaining `oneOf`/`anyOf` branches once `null` branches are folded into `nullable`. */
  readonly variants: readonly unknown[] | undefined;
  readonly constraints: JsonObject;
  readonly annotations: JsonObject;
  /** Keywords this module does not model; compared as JSON. */
  readonly other: JsonObject;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Normalizes `raw`, a schema (or `$ref`) of `doc`. */
export function normalizeSchema(
  raw: unknown,
  doc: unknown,
  flattening: ReadonlySet<string> = new Set(),
): NormalSchema {
  const { node, refs } = resolveRef(raw, doc);
  const schema = emptySchema(refs);
  if (node === false) schema.types = new Set();
  if (!isObject(node)) return schema;
  readOwnKeywords(node, schema);
  const seen = new Set([...flattening, ...refs]);
  for (const branch of Array.isArray(node.allOf) ? node.allOf : []) {
    const branchRefs = resolveRef(branch, doc).refs;
    // A branch that refers back to a schema being flattened adds nothing new; stop the cycle.
    if (branchRefs.some((ref) => seen.has(ref))) continue;
    mergeInto(schema, normalizeSchema(branch, doc, seen));
  }
  return unwrapVariants(schema, doc, seen);
}

function emptySchema(refs: readonly string[]): Mutable<NormalSchema> {
  return {
    refs,
    types: undefined,
    nullable: false,
    values: undefined,
    properties: new Map(),
    required: new Set(),
    items: undefined,
    additionalProperties: undefined,
    variants: undefined,
    constraints: {},
    annotations: {},
    other: {},
  };
}

function readOwnKeywords(node: JsonObject, schema: Mutable<NormalSchema>): void {
  const type = node.type;
  const typeList = typeof type === "string" ? [type] : Array.isArray(type) ? type : undefined;
  if (typeList)
    schema.types = new Set(typeList.filter((t) => typeof t === "string" && t !== "null"));
  const valueList = Array.isArray(node.enum)
    ? node.enum
    : "const" in node
      ? [node.const]
      : undefined;
  if (valueList) schema.values = valueList.filter((value) => value !== null);
  schema.nullable =
    node.nullable === true ||
    node["x-nullable"] === true ||
    !!typeList?.includes("null") ||
    !!valueList?.includes(null);
  if (isObject(node.properties)) schema.properties = new Map(Object.entries(node.properties));
  if (Array.isArray(node.required)) {
    schema.required = new Set(node.required.filter((name) => typeof name === "string"));
  }
  schema.items = Array.isArray(node.items) ? undefined : node.items;
  schema.additionalProperties = node.additionalProperties;
  const variants = node.oneOf ?? node.anyOf;
  if (Array.isArray(variants)) schema.variants = variants;
  const constraints: Record<string, unknown> = {};
  const annotations: Record<string, unknown> = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DOCUMENTING_KEYWORDS.has(key) || key.startsWith("x-")) annotations[key] = value;
    else if (COMPARED_CONSTRAINTS.has(key)) constraints[key] = value;
    else if (!isReadByDiff(key) || (key === "anyOf" && "oneOf" in node)) other[key] = value;
    else if (key === "items" && Array.isArray(value)) other[key] = value;
  }
  Object.assign(schema, { constraints, annotations, other });
}

/**
 * Folds `null` branches of `oneOf`/`anyOf` into `nullable`, and a lone remaining branch into the
 * schema itself, so `oneOf: [$ref, {type: "null"}]` equals the same ref made nullable.
 */
function unwrapVariants(
  schema: Mutable<NormalSchema>,
  doc: unknown,
  seen: ReadonlySet<string>,
): NormalSchema {
  if (!schema.variants) return schema;
  const kept = schema.variants.filter((branch) => !isNullSchema(branch, doc));
  if (kept.length < schema.variants.length) schema.nullable = true;
  schema.variants = kept.length > 0 ? kept : undefined;
  const [only] = kept;
  const isWrapper =
    kept.length === 1 &&
    schema.types === undefined &&
    schema.values === undefined &&
    schema.properties.size === 0;
  if (isWrapper && !resolveRef(only, doc).refs.some((ref) => seen.has(ref))) {
    schema.variants = undefined;
    mergeInto(schema, normalizeSchema(only, doc, seen));
  }
  return schema;
}

function isNullSchema(branch: unknown, doc: unknown): boolean {
  const { node } = resolveRef(branch, doc);
  if (!isObject(node)) return false;
  const type = node.type;
  return (
    type === "null" ||
    (Array.isArray(type) && type.length > 0 && type.every((t) => t === "null")) ||
    ("const" in node && node.const === null) ||
    (Array.isArray(node.enum) && node.enum.length > 0 && node.enum.every((v) => v === null))
  );
}
