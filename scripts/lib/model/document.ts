/**
 * @module The parsed OpenAPI document every tool reads (OpenAPI 3.0.3 §4.7.1, 3.1.0 §4.8.1:
 * the OpenAPI Object), and the few helpers that look into it without interpreting schemas.
 */
import { appendPointer } from "./json-pointer.js";

/** A parsed OpenAPI 3.0 or 3.1 document: plain JSON values, as `yaml` or `JSON.parse` give them. */
export type OpenApiDocument = { readonly [key: string]: unknown };

/** A JSON object whose values have not been inspected yet. */
export type JsonObject = { readonly [key: string]: unknown };

/** The two OpenAPI lines this generator reads. */
export type OpenApiLine = "3.0" | "3.1";

/** A spec as the model reads it: where it came from (for error messages), its line, its content. */
export interface LoadedSpec {
  /** The path used in error messages (relative to the repository root). */
  readonly file: string;
  readonly openapi: OpenApiLine;
  readonly document: OpenApiDocument;
}

/** Where component schemas live (OpenAPI 3.x §4.8.7, the Components Object). */
export const COMPONENT_SCHEMAS = "/components/schemas";

/** Narrows a JSON value to a (non-array) object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value if it is an object, else an empty one: absent sections read as empty. */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** The components of a document that hold schemas, by name (empty when there are none). */
export function componentSchemas(document: unknown): JsonObject {
  return asObject(asObject(asObject(document).components).schemas);
}

/** `#/components/schemas/<name>` as a JSON pointer without the `#`. */
export function componentPointer(name: string): string {
  return appendPointer(COMPONENT_SCHEMAS, name);
}

/** The component name a local `$ref` designates (`#/components/schemas/Employee` → `Employee`). */
export function componentNameOf(ref: string): string | undefined {
  const prefix = `#${COMPONENT_SCHEMAS}/`;
  if (!ref.startsWith(prefix)) return undefined;
  const rest = ref.slice(prefix.length);
  if (rest.includes("/")) return undefined;
  return decodeURIComponent(rest).replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * The OpenAPI line of a document's `openapi` field, quoted or not (`openapi: 3.1` is a YAML
 * number), or `undefined` for anything else.
 */
export function openApiLineOf(document: OpenApiDocument): OpenApiLine | undefined {
  const version =
    typeof document.openapi === "number" ? String(document.openapi) : document.openapi;
  if (typeof version !== "string") return undefined;
  if (/^3\.0(\.\d+)?$/.test(version)) return "3.0";
  if (/^3\.1(\.\d+)?$/.test(version)) return "3.1";
  return undefined;
}
