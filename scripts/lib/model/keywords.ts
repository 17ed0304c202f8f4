/**
 * @module The keyword taxonomy of schemas, shared by the normalizer (what becomes JSON Schema
 * 2020-12) and the spec diff (what a change to a keyword means for a consumer). Families follow
 * JSON Schema 2020-12 Core §10 (applicators) and Validation §6 (assertions), §9 (annotations),
 * plus the OpenAPI Schema Object's own fields (OpenAPI 3.0.3 §4.7.24, 3.1.0 §4.8.24), and the
 * formats the generated validators check: whatever core's formats module exports, read from its
 * source so the generator runs before anything is built. A format outside it is compiled as an
 * annotation (Validation §7.2: format is an annotation unless a validator asserts it).
 */
import { formats } from "../../../packages/core/src/formats.js";

/** Applicators whose value is a map of subschemas (Core §10.3.2, §10.2.2.4). */
export const SUBSCHEMA_MAPS: ReadonlySet<string> = new Set([
  ...["properties", "patternProperties", "$defs", "dependentSchemas"],
]);
/** Applicators whose value is a list of subschemas (Core §10.2.1, §10.3.1.1). */
export const SUBSCHEMA_LISTS: ReadonlySet<string> = new Set([
  ...["allOf", "anyOf", "oneOf", "prefixItems"],
]);
/** Applicators whose value is one subschema (Core §10.2.2, §10.3, §11). */
export const SUBSCHEMAS: ReadonlySet<string> = new Set([
  ...["items", "additionalProperties", "not", "if", "then", "else", "contains"],
  ...["propertyNames", "unevaluatedProperties", "unevaluatedItems"],
]);
/** Keywords whose evaluation needs ajv's `unevaluated` support (Core §11). */
export const UNEVALUATED_KEYWORDS: ReadonlySet<string> = new Set([
  ...["unevaluatedProperties", "unevaluatedItems"],
]);

/** Numeric lower bounds: raising one rejects payloads that were valid. */
export const LOWER_BOUNDS = ["minLength", "minimum", "minItems", "minProperties"] as const;
/** Numeric upper bounds: lowering one rejects payloads that were valid. */
export const UPPER_BOUNDS = ["maxLength", "maximum", "maxItems", "maxProperties"] as const;

/** Assertions with plain values (Validation §6), kept as they are. */
export const ASSERTIONS: ReadonlySet<string> = new Set([
  ...["type", "enum", "const", "required", "format", "pattern", "multipleOf"],
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...["exclusiveMinimum", "exclusiveMaximum", "uniqueItems", "minContains", "maxContains"],
  "dependentRequired",
]);

/** Annotations (Validation §9, Core §8.3): kept in generated schemas, a patch in the diff. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  ...["description", "default", "readOnly", "writeOnly", "deprecated", "examples"],
  ...["contentEncoding", "contentMediaType", "$comment"],
]);

/** OpenAPI Schema Object fields with no validation meaning, dropped from generated schemas. */
export const OPENAPI_ONLY: ReadonlySet<string> = new Set([
  ...["example", "xml", "externalDocs", "discriminator", "title"],
]);

/** Identifiers and dialect markers (Core §8.1, §8.2): dropped once the document is bundled. */
export const IDENTIFIERS: ReadonlySet<string> = new Set([
  ...["$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary"],
]);

/** Draft-07 spellings and their 2020-12 replacements (Core §8.2.4, Validation §6.5.4). */
export const DRAFT_07_RENAMES: Readonly<Record<string, string>> = {
  definitions: "$defs",
};

/** Keywords that document rather than constrain: changing them is a patch in the diff. */
export const DOCUMENTING_KEYWORDS: ReadonlySet<string> = new Set([
  ...[...ANNOTATIONS].filter((keyword) => keyword !== "deprecated"),
  ...["title", "summary", "example", "externalDocs", "xml"],
]);

/** Validation keywords the diff compares one by one (bounds, format, pattern…). */
export const COMPARED_CONSTRAINTS: ReadonlySet<string> = new Set([
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...["format", "pattern", "multipleOf", "uniqueItems", "deprecated"],
  ...["exclusiveMinimum", "exclusiveMaximum"],
]);

/** Keywords the diff's reduction reads itself, or that do not change accepted payloads. */
const READ_OR_IGNORED_BY_DIFF: ReadonlySet<string> = new Set([
  ...["$ref", "type", "nullable", "x-nullable", "enum", "const", "properties", "required"],
  ...["items", "additionalProperties", "allOf", "oneOf", "anyOf"],
  // `discriminator` is implied by the branches; identifiers and definitions are reached by $ref.
  ...["discriminator", "$defs", "definitions"],
  ...IDENTIFIERS,
]);

/** Whether the diff reads `keyword` itself or deliberately ignores it. */
export function isReadByDiff(keyword: string): boolean {
  return READ_OR_IGNORED_BY_DIFF.has(keyword);
}

/** The checks of `@lucca-events/core/formats`, by format name. */
export const KNOWN_FORMATS = formats;

/** Whether core checks `format`. */
export function isKnownFormat(format: string): boolean {
  return Object.hasOwn(KNOWN_FORMATS, format);
}
