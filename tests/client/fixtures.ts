import { TOPICS } from "@lucca-events/2024-11-01";
import { createTestEvent } from "@lucca-events/2024-11-01/testing";

/** A topic no version package knows, as Lucca may add later. */
export const NEWER_TOPIC = "payroll-run.created";

/**
 * `count` events for the events list: schema-valid ones of every topic in turn, plus one of
 * {@link NEWER_TOPIC} (second) and one that fails its schema (third to last).
 */
export function listedEvents(count: number): unknown[] {
  const events: unknown[] = [];
  for (let index = 0; index < count; index++) {
    const topic = TOPICS[index % TOPICS.length]!;
    events.push(createTestEvent(topic, { id: `evt-${index + 1}` } as never));
  }
  const unknown = createTestEvent("employee.created", { id: "evt-2" });
  events[1] = { ...unknown, topic: NEWER_TOPIC };
  const invalid = createTestEvent("employee.created", { id: `evt-${count - 2}` });
  events[count - 3] = {
    ...invalid,
    occurredAt: "not a date-time",
    data: { ...invalid.data, email: 42 },
  };
  return events;
}
