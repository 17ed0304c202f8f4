/**
 * @module The TypeScript name of every component schema. A resource is named after its resource
 * type (`employee` → `Employee`) and the envelope is `LuccaEventEnvelope`, whatever the vendor
 * called their components; other components keep their key without its namespace
 * (`Lucca.Api.V5.Address` → `Address`), or in full when two would clash.
 */
import { componentSchemas, type OpenApiDocument } from "./document.js";
import { ENVELOPE_TYPE, pascalCase, schemaTypeName } from "./naming.js";
import { lastSegment } from "./resources.js";

/** Component name → TypeScript name, for every component schema of `document`. */
export function buildTypeNames(
  document: OpenApiDocument,
  envelope: string | undefined,
  resources: ReadonlyMap<string, string>,
  reserved: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const names = Object.keys(componentSchemas(document)).sort();
  const fixed = new Map<string, string>();
  if (envelope !== undefined) fixed.set(envelope, ENVELOPE_TYPE);
  for (const [schemaName, resourceType] of resources) {
    fixed.set(schemaName, schemaTypeName(pascalCase(resourceType)));
  }
  // Names the event layer declares (`EmployeeCreatedEvent`, `LuccaEvent`…) are not for components.
  const taken = new Set([...fixed.values(), ...reserved]);
  const short = new Map<string, number>();
  for (const name of names) {
    if (fixed.has(name)) continue;
    const candidate = schemaTypeName(lastSegment(name));
    short.set(candidate, (short.get(candidate) ?? 0) + 1);
  }
  const result: Record<string, string> = {};
  for (const name of names) {
    const own = fixed.get(name);
    if (own !== undefined) {
      result[name] = own;
      continue;
    }
    const candidate = schemaTypeName(lastSegment(name));
    const full = schemaTypeName(name);
    result[name] =
      short.get(candidate) === 1 && !taken.has(candidate)
        ? candidate
        : taken.has(full)
          ? `${full}Schema`
          : full;
  }
  return result;
}
