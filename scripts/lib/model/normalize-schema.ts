/**
 * @module Turns an OpenAPI 3.0 or 3.1 Schema Object into JSON Schema 2020-12, the dialect both ajv
 * and json-schema-to-typescript read. OpenAPI 3.0.3 §4.7.24 describes the 3.0 subset (`nullable`,
 * boolean `exclusiveMinimum`, `$ref` siblings ignored); 3.1.0 §4.8.24 is 2020-12 itself.
 */
import { appendPointer } from "./json-pointer.js";
import { Diagnostics } from "./diagnostics.js";
import {
  ANNOTATIONS,
  ASSERTIONS,
  isKnownFormat,
  DRAFT_07_RENAMES,
  IDENTIFIERS,
  OPENAPI_ONLY,
  SUBSCHEMA_LISTS,
  SUBSCHEMA_MAPS,
  SUBSCHEMAS,
} from "./keywords.js";

/** Where a schema sits, so that every error can name the file and the JSON pointer. */
export interface SchemaLocation {
  file: string;
  pointer: string;
  openapi: "3.0" | "3.1";
  /** Where warnings go (unknown formats and keywords); strict diagnostics throw them. */
  diagnostics?: Diagnostics;
}

/** A JSON Schema 2020-12 value: an object schema or a boolean. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

const COMPONENT_SCHEMAS = "#/components/schemas/";
export const DEFS = "#/$defs/";

/**
 * Normalizes one schema: `nullable` and `x-nullable` become a `null` type, 3.0 `$ref` siblings are
 * dropped (3.0 ignores them), component `$ref`s point into `$defs`, draft-07 `definitions` and
 * `dependencies` take their 2020-12 names, boolean exclusive bounds become numbers, an `enum`
 * listing `null` lets `null` through, and OpenAPI-only keywords, identifiers and `x-` extensions
 * go. An unknown keyword is dropped and an unknown format kept as an annotation, each with a
 * warning (an error in a strict reading).
 */
export function normalizeSchema(schema: unknown, where: SchemaLocation): JsonSchema {
  const at = { ...where, diagnostics: where.diagnostics ?? new Diagnostics({ strict: true }) };
  return normalize(schema, at);
}

type Located = SchemaLocation & { diagnostics: Diagnostics };

function normalize(schema: unknown, where: Located): JsonSchema {
  if (typeof schema === "boolean") return schema;
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    return fail(where, "a schema must be an object or a boolean");
  }
  const source = schema as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const hasRef = typeof source.$ref === "string";
  for (const [keyword, value] of Object.entries(source)) {
    const at = { ...where, pointer: appendPointer(where.pointer, keyword) };
    if (keyword.startsWith("x-") || keyword === "nullable") continue;
    if (OPENAPI_ONLY.has(keyword) || IDENTIFIERS.has(keyword)) continue;
    if (hasRef && where.openapi === "3.0" && keyword !== "$ref") continue;
    const name = DRAFT_07_RENAMES[keyword] ?? keyword;
    if (keyword === "$ref") result.$ref = toDefsRef(value, at);
    else if (keyword === "dependencies") mapDependencies(value, at, result);
    else if (SUBSCHEMA_MAPS.has(name)) result[name] = mapValues(value, at);
    else if (SUBSCHEMA_LISTS.has(keyword)) result[keyword] = mapList(value, at);
    else if (SUBSCHEMAS.has(keyword)) result[keyword] = normalize(value, at);
    else if (keyword === "format") result.format = checkFormat(value, at);
    else if (ASSERTIONS.has(keyword) || ANNOTATIONS.has(keyword)) result[keyword] = value;
    else {
      at.diagnostics.warn(
        "keyword",
        at.file,
        at.pointer,
        `unknown schema keyword "${keyword}": dropped, so it constrains nothing`,
      );
    }
  }
  moveBooleanExclusiveBounds(result);
  const nullable = source.nullable === true || source["x-nullable"] === true;
  return nullable ? addNull(result) : allowListedNull(result);
}

function fail(where: Located, reason: string): never {
  where.diagnostics.fail(where.file, where.pointer, reason);
  throw new Error("unreachable: a schema problem is never skipped");
}

function toDefsRef(ref: unknown, where: Located): string {
  if (typeof ref === "string" && ref.startsWith(COMPONENT_SCHEMAS)) {
    // Draft-07 `definitions` inside a component become `$defs`, so pointers into them follow.
    const path = ref
      .slice(COMPONENT_SCHEMAS.length)
      .split("/")
      .map((token, index) => (index > 0 && token === "definitions" ? "$defs" : token));
    return DEFS + path.join("/");
  }
  return fail(where, `a schema $ref must point into ${COMPONENT_SCHEMAS}`);
}

function mapValues(value: unknown, where: Located): Record<string, JsonSchema> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail(where, "expected an object of schemas");
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      normalize(child, { ...where, pointer: appendPointer(where.pointer, key) }),
    ]),
  );
}

function mapList(value: unknown, where: Located): JsonSchema[] {
  if (!Array.isArray(value)) return fail(where, "expected a list");
  return value.map((child, index) =>
    normalize(child, { ...where, pointer: appendPointer(where.pointer, index) }),
  );
}

/** Draft-07 `dependencies`: lists become `dependentRequired`, schemas `dependentSchemas`. */
function mapDependencies(value: unknown, where: Located, result: Record<string, unknown>): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail(where, "expected an object of property lists or schemas");
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(child)) {
      result.dependentRequired = { ...(result.dependentRequired as object), [key]: child };
    } else {
      const at = { ...where, pointer: appendPointer(where.pointer, key) };
      result.dependentSchemas = {
        ...(result.dependentSchemas as object),
        [key]: normalize(child, at),
      };
    }
  }
}

function checkFormat(value: unknown, where: Located): unknown {
  if (typeof value === "string" && isKnownFormat(value)) return value;
  where.diagnostics.warn(
    "format",
    where.file,
    where.pointer,
    `unknown format ${JSON.stringify(value)}: kept as an annotation, not checked ` +
      "(add a check to packages/core/src/formats.ts to check it)",
  );
  return value;
}

/**
 * OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum`; 2020-12 wants the number. A 3.1
 * document converted from 3.0 may still hold the boolean form, so both lines are normalized.
 */
function moveBooleanExclusiveBounds(schema: Record<string, unknown>): void {
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (schema[flag] === true) {
      if (typeof schema[bound] === "number") schema[flag] = schema[bound];
      else delete schema[flag];
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

/**
 * An `enum` that lists `null` beside a `type` that does not: the author meant `null` to be a
 * valid value (3.0.3 §4.7.24 and the OpenAPI "Clarify nullable" proposal), so the type allows it.
 */
function allowListedNull(schema: Record<string, unknown>): JsonSchema {
  if (!Array.isArray(schema.enum) || !schema.enum.includes(null)) return schema;
  if (typeof schema.type === "string" && schema.type !== "null") {
    return { ...schema, type: [schema.type, "null"] };
  }
  if (Array.isArray(schema.type) && !schema.type.includes("null")) {
    return { ...schema, type: [...schema.type, "null"] };
  }
  return schema;
}
