import { employeeUpdated } from "../support/events.js";

/** One planned POST: the event, and whether it repeats one sent before (a Lucca retry). */
export interface PlannedDelivery {
  event: ReturnType<typeof employeeUpdated>;
  duplicate: boolean;
}

/**
 * `count` deliveries: updates about `count / 10` employees with rising `occurredAt`, about 1 in 10
 * sent before an older update about the same employee, and 10 % resending an earlier delivery.
 * Seeded, so a failing campaign replays.
 */
export function planDeliveries(count: number, seed = 12): PlannedDelivery[] {
  const random = mulberry32(seed);
  const distinct = Math.round(count * 0.9);
  const employees = Math.max(1, Math.round(count / 10));
  const employeeOf = Array.from({ length: distinct }, () =>
    String(Math.floor(random() * employees)),
  );
  const times = Array.from({ length: distinct }, (_, n) => Date.UTC(2026, 0, 1) + n * 1000);
  // About 1 in 10 updates is sent before an older one about the same employee.
  for (let n = 0; n < distinct; n++) {
    if (random() >= 0.1) continue;
    const m = employeeOf.indexOf(employeeOf[n]!, n + 1);
    if (m > 0) [times[n], times[m]] = [times[m]!, times[n]!];
  }
  const events = employeeOf.map((employee, n) =>
    employeeUpdated(`cmp-${n}`, employee, new Date(times[n]!).toISOString()),
  );
  const planned: PlannedDelivery[] = events.map((event) => ({ event, duplicate: false }));
  for (let n = distinct; n < count; n++) {
    const at = 1 + Math.floor(random() * (planned.length - 1));
    const earlier = planned[Math.floor(random() * at)]!;
    planned.splice(at, 0, { event: earlier.event, duplicate: true });
  }
  return planned;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
