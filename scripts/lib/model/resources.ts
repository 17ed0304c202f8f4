/**
 * @module Topic → resource: which component schema describes `data` for a resource type.
 * A schema marked `x-lucca-resource: <type>` wins; else the schemas whose `type` property is the
 * constant `<type>` (read through `$ref` and `allOf`). Lucca pins reference schemas
 * (`EmployeeReference`: `id`, `type`, `url`) to the same constant, so among several the one named
 * after the type wins, else the only one that is not reference-shaped.
 */
import {
  COMPONENT_SCHEMAS,
  componentPointer,
  componentSchemas,
  type LoadedSpec,
} from "./document.js";
import type { Diagnostics } from "./diagnostics.js";
import { lastSegment, pascalCase, schemaTypeName } from "./naming.js";
import { propertyNames, typeConstant } from "./schema-reading.js";

/** The extension that names the resource a schema describes where its `type` cannot. */
export const RESOURCE_EXTENSION = "x-lucca-resource";

const REFERENCE_PROPERTIES = new Set(["id", "type", "url"]);

/** Whether a schema only says which resource it points to (`id`, `type`, `url`). */
export function isReferenceShaped(schema: unknown, document: unknown): boolean {
  return [...propertyNames(schema, document)].every((name) => REFERENCE_PROPERTIES.has(name));
}

/** The component name of `resourceType`'s schema; see the module comment for the rules. */
export function findResource(
  spec: LoadedSpec,
  resourceType: string,
  topic: string,
  pointer: string,
  diagnostics: Diagnostics,
): string | undefined {
  const { document } = spec;
  const schemas = componentSchemas(document);
  const names = Object.keys(schemas).sort();
  const marked = names.filter((name) => {
    const schema = schemas[name];
    return (
      typeof schema === "object" &&
      schema !== null &&
      (schema as Record<string, unknown>)[RESOURCE_EXTENSION] === resourceType
    );
  });
  if (marked.length === 1) return marked[0];
  const pinned =
    marked.length > 0
      ? marked
      : names.filter((name) => typeConstant(schemas[name], document) === resourceType);
  const mark = `mark the one that describes the resource with ${RESOURCE_EXTENSION}: ${resourceType}`;
  if (pinned.length === 0) {
    return diagnostics.fail(
      spec.file,
      pointer,
      `topic "${topic}" has no resource: no schema in ${COMPONENT_SCHEMAS} has ${RESOURCE_EXTENSION}: ` +
        `${resourceType} or a "type" property whose constant is "${resourceType}"`,
    );
  }
  const named = pinned.filter((name) => namedAfter(name, resourceType));
  if (named.length === 1) return named[0];
  const richer = pinned.filter((name) => !isReferenceShaped(schemas[name], document));
  if (richer.length === 1) return richer[0];
  if (pinned.length === 1) {
    return diagnostics.fail(
      spec.file,
      componentPointer(pinned[0]!),
      `topic "${topic}" would bind to ${pinned[0]}, which only holds id, type and url ` +
        `(a reference): ${mark}`,
    );
  }
  const several = richer.length > 0 ? richer : pinned;
  return diagnostics.fail(
    spec.file,
    componentPointer(several[1]!),
    `topic "${topic}" matches several schemas (${several.join(", ")}): ${mark}`,
  );
}

/** `Employee`, `employee` or `Lucca.Api.V5.Employee` for `employee`. */
function namedAfter(name: string, resourceType: string): boolean {
  return schemaTypeName(lastSegment(name)) === schemaTypeName(pascalCase(resourceType));
}
