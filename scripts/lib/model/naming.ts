/** Every identifier rule of the generated packages, in one place. */
import { componentSchemas, type OpenApiDocument } from "./document.js";

/** `calendar-event.updated` → `CalendarEventUpdated`; `leave_request` → `LeaveRequest`. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

/** `calendar-event.updated` → `CalendarEventUpdatedEvent`. */
export function eventInterfaceName(topic: string): string {
  return `${pascalCase(topic)}Event`;
}

/** `calendar-event.updated` → `isCalendarEventUpdatedEvent`, the topic's type guard. */
export function validatorName(topic: string): string {
  return `is${eventInterfaceName(topic)}`;
}

/** The TypeScript name of a component schema: `employee-reference` → `EmployeeReference`. */
export function schemaTypeName(schemaName: string): string {
  const name = pascalCase(schemaName);
  return /^[0-9]/.test(name) ? `Schema${name}` : name;
}

/** The name the envelope schema's interface gets in every version package. */
export const ENVELOPE_TYPE = "LuccaEventEnvelope";

/** `2024-11-01` → `@lucca-events/2024-11-01`. */
export function packageName(apiVersion: string): string {
  return `@lucca-events/${apiVersion}`;
}

/** `2024-11-01` → `api-2024-11-01`, the folder under `packages/`. */
export function packageFolder(apiVersion: string): string {
  return `api-${apiVersion}`;
}

/** True for an `Api-Version` key: a real calendar date written `YYYY-MM-DD`. */
export function isApiVersion(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The part of a component key after its namespace (`Lucca.Api.V5.Employee` → `Employee`). */
export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1) || name;
}

/**
 * The TypeScript name of every component schema. A resource is named after its resource
 * type (`employee` → `Employee`) and the envelope is `LuccaEventEnvelope`, whatever the vendor
 * called their components; other components keep their key without its namespace
 * (`Lucca.Api.V5.Address` → `Address`), or in full when two would clash. Returns component name
 * → TypeScript name, for every component schema of `document`.
 */
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
