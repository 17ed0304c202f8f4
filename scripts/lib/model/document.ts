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

/** Where a part of a bundled document came from: `bundledPointer` was `file#pointer`. */
export interface SpecOrigin {
  readonly bundledPointer: string;
  readonly file: string;
  readonly pointer: string;
}

/** A spec as the model reads it: where it came from (for error messages), its line, its content. */
export interface LoadedSpec {
  /** The path used in error messages (relative to the repository root). */
  readonly file: string;
  readonly openapi: OpenApiLine;
  readonly document: OpenApiDocument;
  /** For a spec bundled from several files: where each hoisted part came from. */
  readonly origins?: readonly SpecOrigin[];
}

/** The file and pointer, in the user's files, of `pointer` in the (possibly bundled) spec. */
export function originOf(
  spec: Pick<LoadedSpec, "file" | "origins">,
  pointer: string,
): { file: string; pointer: string } {
  let best: SpecOrigin | undefined;
  for (const origin of spec.origins ?? []) {
    const within =
      pointer === origin.bundledPointer || pointer.startsWith(`${origin.bundledPointer}/`);
    if (
      within &&
      (best === undefined || origin.bundledPointer.length > best.bundledPointer.length)
    ) {
      best = origin;
    }
  }
  if (best === undefined) return { file: spec.file, pointer };
  return { file: best.file, pointer: best.pointer + pointer.slice(best.bundledPointer.length) };
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
  const version = openApiVersionText(document.openapi);
  if (version === undefined) return undefined;
  if (/^3\.0(\.\d+)?$/.test(version)) return "3.0";
  if (/^3\.1(\.\d+)?$/.test(version)) return "3.1";
  return undefined;
}

/** `openapi` as text: YAML reads an unquoted `3.1` as a number and `3.0` as the number 3. */
export function openApiVersionText(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? `${value}.0` : String(value);
  return typeof value === "string" ? value : undefined;
}
