import type { Employee } from "@lucca-events/2024-11-01";

/**
 * Stands for your own code: every Node receiver hands each new employee to it. Lucca waits 3
 * seconds at most for an answer, so real code would enqueue the work here rather than do it.
 */
export async function onboardEmployee(employee: Employee): Promise<void> {
  console.info(`Lucca: welcome ${employee.givenName} ${employee.familyName} (${employee.id})`);
}
