/** Every identifier rule of the generated packages, in one place. */

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
