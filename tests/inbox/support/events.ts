import { createTestEvent } from "@lucca-events/2024-11-01/testing";

const SOURCE = "https://boulangeries-martin.ilucca.net";

/** An `employee.updated` event with its own id, about employee `employee`, at `occurredAt`. */
export function employeeUpdated(id: string, employee: string, occurredAt: string) {
  return createTestEvent("employee.updated", {
    id,
    occurredAt,
    url: `${SOURCE}/lucca-api/events/${id}`,
    data: { id: employee, url: `${SOURCE}/lucca-api/employees/${employee}` },
  });
}

/** The dedupe key the inbox gives an event of this tenant. */
export function keyOf(id: string): string {
  return JSON.stringify([SOURCE, id]);
}
