import { resolvePointer } from "./json-pointer.js";
import type { LoadedSpec } from "./document.js";
import { normalizeSchema, type JsonSchema } from "./normalize-schema.js";

/** Every component schema of a spec, as JSON Schema 2020-12, keyed by component name (sorted). */
export function buildDefinitions(spec: LoadedSpec): Record<string, JsonSchema> {
  const schemas = (resolvePointer(spec.document, "/components/schemas") ?? {}) as Record<
    string,
    unknown
  >;
  return Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((name) => [
        name,
        normalizeSchema(schemas[name], {
          file: spec.file,
          openapi: spec.openapi,
          pointer: `/components/schemas/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`,
        }),
      ]),
  );
}
