import { formats } from "../../../packages/core/src/formats.js";
import { appendPointer } from "./json-pointer.js";
import { SpecError } from "../spec/spec-error.js";

/** Where a schema sits, so that every error can name the file and the JSON pointer. */
export interface SchemaLocation {
  file: string;
  pointer: string;
  openapi: "3.0" | "3.1";
}

/** A JSON Schema 2020-12 value: an object schema or a boolean. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

const COMPONENT_SCHEMAS = "#/components/schemas/";
export const DEFS = "#/$defs/";

/** OpenAPI keywords that carry no validation meaning in JSON Schema. */
const OPENAPI_ONLY = new Set(["example", "xml", "externalDocs", "discriminator", "title"]);

const SCHEMA_MAP_KEYWORDS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "dependentSchemas",
]);
const SCHEMA_LIST_KEYWORDS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_KEYWORDS = new Set([
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
]);
const VALUE_KEYWORDS = new Set([
  "type",
  "enum",
  "const",
  "required",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "minContains",
  "maxContains",
  "dependentRequired",
  "description",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated",
  "examples",
  "contentEncoding",
  "contentMediaType",
  "$comment",
]);

/**
 * Turns an OpenAPI 3.0 or 3.1 Schema Object into JSON Schema 2020-12, the dialect both ajv and
 * json-schema-to-typescript read: `nullable` becomes a `null` type, 3.0 `$ref` siblings are
 * dropped (3.0 ignores them), component `$ref`s point into `$defs`, and OpenAPI-only keywords and
 * `x-` extensions go. An unknown keyword or format is an error rather than a silent no-op.
 */
export function normalizeSchema(schema: unknown, where: SchemaLocation): JsonSchema {
  if (typeof schema === "boolean") return schema;
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    throw new SpecError(where.file, where.pointer, "a schema must be an object or a boolean");
  }
  const source = schema as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const hasRef = typeof source.$ref === "string";
  for (const [keyword, value] of Object.entries(source)) {
    const at = { ...where, pointer: appendPointer(where.pointer, keyword) };
    if (keyword.startsWith("x-") || OPENAPI_ONLY.has(keyword) || keyword === "nullable") continue;
    if (hasRef && where.openapi === "3.0" && keyword !== "$ref") continue;
    if (keyword === "$ref") result.$ref = toDefsRef(value as string, at);
    else if (SCHEMA_MAP_KEYWORDS.has(keyword)) result[keyword] = mapValues(value, at);
    else if (SCHEMA_LIST_KEYWORDS.has(keyword)) result[keyword] = mapList(value, at);
    else if (SCHEMA_KEYWORDS.has(keyword)) result[keyword] = normalizeSchema(value, at);
    else if (keyword === "format") result.format = checkFormat(value, at);
    else if (VALUE_KEYWORDS.has(keyword)) result[keyword] = value;
    else throw new SpecError(at.file, at.pointer, `unknown schema keyword "${keyword}"`);
  }
  if (where.openapi === "3.0") moveBooleanExclusiveBounds(result);
  return source.nullable === true ? addNull(result) : result;
}

function toDefsRef(ref: string, where: SchemaLocation): string {
  if (ref.startsWith(COMPONENT_SCHEMAS)) return DEFS + ref.slice(COMPONENT_SCHEMAS.length);
  throw new SpecError(
    where.file,
    where.pointer,
    `a schema $ref must point into ${COMPONENT_SCHEMAS}`,
  );
}

function mapValues(value: unknown, where: SchemaLocation): Record<string, JsonSchema> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError(where.file, where.pointer, "expected an object of schemas");
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      normalizeSchema(child, { ...where, pointer: appendPointer(where.pointer, key) }),
    ]),
  );
}

function mapList(value: unknown, where: SchemaLocation): JsonSchema[] {
  if (!Array.isArray(value)) throw new SpecError(where.file, where.pointer, "expected a list");
  return value.map((child, index) =>
    normalizeSchema(child, { ...where, pointer: appendPointer(where.pointer, index) }),
  );
}

function checkFormat(value: unknown, where: SchemaLocation): unknown {
  if (typeof value === "string" && Object.hasOwn(formats, value)) return value;
  const known = Object.keys(formats).sort().join(", ");
  throw new SpecError(
    where.file,
    where.pointer,
    `unknown format ${JSON.stringify(value)}: add a check for it to packages/core/src/formats.ts (known: ${known})`,
  );
}

/** OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum`; 2020-12 wants the number. */
function moveBooleanExclusiveBounds(schema: Record<string, unknown>): void {
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (schema[flag] === true) {
      schema[flag] = schema[bound];
      delete schema[bound];
    } else if (schema[flag] === false) {
      delete schema[flag];
    }
  }
}

/** `nullable: true` in 2020-12 terms, the narrowest way that keeps the schema's meaning. */
function addNull(schema: Record<string, unknown>): JsonSchema {
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...schema.enum, null];
  }
  if (Array.isArray(schema.enum) && schema.type === undefined) return schema;
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  if (Array.isArray(schema.type)) {
    return schema.type.includes("null") ? schema : { ...schema, type: [...schema.type, "null"] };
  }
  return { anyOf: [schema, { type: "null" }] };
}
