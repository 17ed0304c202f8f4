/** Stands for your own code in the README's client examples; the tests read what it was given. */
export const calls: [string, ...unknown[]][] = [];

export async function saveSecret(endpointId: string, secret: string): Promise<void> {
  calls.push(["saveSecret", endpointId, secret]);
}

export async function onboardEmployee(employee: { id: string }): Promise<void> {
  calls.push(["onboardEmployee", employee.id]);
}

export async function quarantine(raw: unknown, issues: unknown[]): Promise<void> {
  calls.push(["quarantine", raw, issues.length]);
}
