/**
 * @module Which fields of a topic's `data` hold personal data, for the generated `redact()`.
 * The spec says so with `x-lucca-sensitive: true` on a property or on a component (every use of a
 * marked component is sensitive). A spec with no mark at all gets {@link DEFAULT_SENSITIVE_NAMES}.
 */
import { componentSchemas, isObject, type OpenApiDocument } from "./document.js";
import { resolveRef } from "./refs.js";

/** The extension marking a property or component as personal data. */
export const SENSITIVE_EXTENSION = "x-lucca-sensitive";

/**
 * Property names treated as personal data in a spec without any `x-lucca-sensitive` mark, and
 * for topics a version does not know: bank details, tax and insurance numbers, birth dates,
 * personal addresses, phone numbers and emails (matched without regard to case).
 */
export const DEFAULT_SENSITIVE_NAMES: readonly string[] = [
  ...["iban", "bic", "bankAccount", "bankAccounts", "accountNumber", "routingNumber"],
  ...["taxIdentificationNumber", "socialSecurityNumber", "insuranceNumber"],
  ...["birthDate", "birthDay", "dateOfBirth", "personalAddress", "homeAddress"],
  ...["personalEmail", "personalPhoneNumber", "phoneNumber", "mobilePhoneNumber"],
];

/** A path into `data`: property names, `*` for every item or value. */
export type FieldPath = readonly string[];

// Deeper than any real resource; a guard against recursive schemas.
const MAX_DEPTH = 24;

/** Whether the spec marks anything with `x-lucca-sensitive`. */
export function hasSensitiveMarks(document: unknown): boolean {
  if (Array.isArray(document)) return document.some(hasSensitiveMarks);
  if (!isObject(document)) return false;
  if (document[SENSITIVE_EXTENSION] === true) return true;
  return Object.values(document).some(hasSensitiveMarks);
}

/** The sensitive paths of a resource schema, sorted and unique. */
export function sensitivePaths(document: OpenApiDocument, schemaName: string): FieldPath[] {
  const marked = hasSensitiveMarks(document);
  const found = new Map<string, FieldPath>();
  const visit = (
    schema: unknown,
    path: readonly string[],
    name: string | undefined,
    chain: ReadonlySet<string>,
  ) => {
    if (path.length > MAX_DEPTH) return;
    const { node, refs } = resolveRef(schema, document);
    const isMarked =
      (isObject(schema) && schema[SENSITIVE_EXTENSION] === true) ||
      (isObject(node) && node[SENSITIVE_EXTENSION] === true);
    const byName = !marked && name !== undefined && isDefaultName(name);
    if (path.length > 0 && (isMarked || byName)) {
      found.set(path.join("\u0000"), path);
      return;
    }
    // A schema that refers back to one being visited (a manager who is an employee) stops here.
    if (!isObject(node) || refs.some((ref) => chain.has(ref))) return;
    const inner = new Set([...chain, ...refs]);
    for (const key of ["allOf", "oneOf", "anyOf"]) {
      const branches = node[key];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch, path, name, inner);
    }
    const properties = resolveRef(node.properties, document).node;
    if (isObject(properties)) {
      for (const [property, child] of Object.entries(properties)) {
        visit(child, [...path, property], property, inner);
      }
    }
    for (const key of ["items", "additionalProperties"]) {
      if (isObject(node[key])) visit(node[key], [...path, "*"], name, inner);
    }
  };
  // The root is entered without its ref, so a recursive property is read one level deep.
  visit(componentSchemas(document)[schemaName], [], undefined, new Set());
  return [...found.values()].sort((a, b) => compare(a.join("."), b.join(".")));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isDefaultName(name: string): boolean {
  return DEFAULT_SENSITIVE_NAMES.some(
    (candidate) => candidate.toLowerCase() === name.toLowerCase(),
  );
}
