/** Keyword families of JSON Schema / OpenAPI schemas, as the spec diff treats them. */

/** Keywords that document rather than constrain: changing them is a patch. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  ...["description", "title", "summary", "example", "examples", "default", "$comment"],
  ...["readOnly", "writeOnly", "externalDocs", "xml"],
]);
/** Keywords with no effect on accepted payloads (`discriminator` is implied by the branches). */
const IGNORED_KEYWORDS: ReadonlySet<string> = new Set([
  ...["discriminator", "$id", "$schema", "$anchor", "$defs", "definitions"],
  ...["$dynamicAnchor", "$vocabulary"],
]);
/** Keywords the normalizer reads itself. */
const STRUCTURAL_KEYWORDS: ReadonlySet<string> = new Set([
  ...["$ref", "type", "nullable", "enum", "const", "properties", "required"],
  ...["items", "additionalProperties", "allOf", "oneOf", "anyOf"],
]);
/** Numeric lower bounds: raising one rejects payloads that were valid. */
export const LOWER_BOUNDS = ["minLength", "minimum", "minItems", "minProperties"] as const;
/** Numeric upper bounds: lowering one rejects payloads that were valid. */
export const UPPER_BOUNDS = ["maxLength", "maximum", "maxItems", "maxProperties"] as const;
/** Validation keywords compared by `constraintFindings`. */
export const CONSTRAINT_KEYWORDS: ReadonlySet<string> = new Set([
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...["format", "pattern", "multipleOf", "uniqueItems", "deprecated"],
  ...["exclusiveMinimum", "exclusiveMaximum"],
]);

/** Whether a keyword is handled by the normalizer itself, or deliberately ignored. */
export function isModelled(key: string): boolean {
  return IGNORED_KEYWORDS.has(key) || STRUCTURAL_KEYWORDS.has(key);
}
