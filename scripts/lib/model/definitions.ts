import { Diagnostics } from "./diagnostics.js";
import { componentPointer, componentSchemas, type LoadedSpec } from "./document.js";
import { normalizeSchema, type JsonSchema } from "./normalize-schema.js";

/** Every component schema of a spec, as JSON Schema 2020-12, keyed by component name (sorted). */
export function buildDefinitions(
  spec: LoadedSpec,
  diagnostics: Diagnostics = new Diagnostics({ strict: true }),
): Record<string, JsonSchema> {
  const schemas = componentSchemas(spec.document);
  return Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((name) => [
        name,
        normalizeSchema(schemas[name], {
          file: spec.file,
          openapi: spec.openapi,
          pointer: componentPointer(name),
          diagnostics,
        }),
      ]),
  );
}
