import { processInbox, validateEvent } from "@lucca-events/2024-11-01";
import { createProcessInbox, type EventValidator } from "@lucca-events/core";
import { openInbox, type Inbox } from "@lucca-events/inbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startReceiver, type RunningReceiver } from "./support/receiver.js";
import { SECRET, sendSigned } from "./support/send.js";
import { STORES, testStore, type TestStore } from "./support/test-store.js";
import { OPEN_TIMEOUT, until } from "./support/until.js";

// Stands in for a newer version package that knows `employee.archived`: the real validator, plus
// one topic.
type Archived = { topic: "employee.archived"; id: string };
const newerValidateEvent: EventValidator<Archived, unknown> = (value) => {
  const topic = (value as { topic?: unknown }).topic;
  if (topic === "employee.archived") return { ok: true, event: value as Archived };
  const result = validateEvent(value);
  return result.ok ? { ok: false, reason: "unknown_topic", issues: [], event: value } : result;
};

describe.each(STORES)("%s inbox: nothing authentic is dropped", (kind) => {
  let store: TestStore;
  let inbox: Inbox;
  let receiver: RunningReceiver;

  beforeAll(async () => {
    store = await testStore(kind);
    inbox = await openInbox({ ...store.options });
    receiver = await startReceiver(inbox, SECRET);
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await receiver.close();
    await inbox.close();
    await store.remove();
  }, OPEN_TIMEOUT);

  it("answers 202 to an authentic event that fails validation, and keeps it with its issues", async () => {
    const event = employeeUpdated("k-1", "100", "2026-01-01T10:00:00Z");
    const invalid = { ...event, data: { ...event.data, email: 42 } };
    expect((await sendSigned(receiver.url, invalid)).status).toBe(202);
    const kept = await inbox.show(keyOf("k-1"));
    expect(kept).toMatchObject({ status: "invalid", verdict: "schema_mismatch" });
    expect(kept.issues).toContainEqual(expect.objectContaining({ instancePath: "/data/email" }));
    expect(JSON.parse(kept.rawBody ?? "")).toEqual(invalid);
  });

  it("keeps an authentic body that is not JSON, keyed by its digest, once", async () => {
    expect((await sendSigned(receiver.url, "not json")).status).toBe(202);
    expect(await sendSigned(receiver.url, "not json")).toEqual({ status: 202, duplicate: true });
    const [kept] = await inbox
      .list({ status: "invalid", limit: 1000 })
      .then((rows) => rows.filter((row) => row.verdict === "invalid_json"));
    expect(kept?.key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("stores an unknown topic as unknown and tells onUnknownTopic", async () => {
    const archived = { ...employeeUpdated("k-2", "101", "2026-01-01T10:00:00Z") };
    archived.topic = "employee.archived" as never;
    expect((await sendSigned(receiver.url, archived)).status).toBe(202);
    expect((await inbox.show(keyOf("k-2"))).status).toBe("unknown");
    const unknown: string[] = [];
    const invalid: string[] = [];
    const worker = await processInbox(inbox, {
      on: {},
      onUnknownTopic: (event) => void unknown.push(event.topic),
      onInvalidEvent: ({ reason }) => void invalid.push(reason),
    });
    await until(() => unknown.length === 1 && invalid.length === 2);
    await worker.stop();
    expect(unknown).toEqual(["employee.archived"]);
    expect(invalid.sort()).toEqual(["invalid_json", "schema_mismatch"]);
    expect((await inbox.show(keyOf("k-2"))).status).toBe("unknown");
  });

  it("revalidate() queues what a newer validator accepts and keeps the rest", async () => {
    const report = await inbox.revalidate(newerValidateEvent as EventValidator<unknown, unknown>);
    expect(report).toEqual({ checked: 3, queued: 1, kept: 2 });
    const seen: string[] = [];
    const worker = await createProcessInbox(newerValidateEvent)(inbox, {
      on: { "employee.archived": (event) => void seen.push(event.id) },
    });
    await until(async () => (await inbox.show(keyOf("k-2"))).status === "done");
    await worker.stop();
    expect(seen).toEqual(["k-2"]);
    expect((await inbox.show(keyOf("k-1"))).status).toBe("invalid");
  });
});
