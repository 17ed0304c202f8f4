import { processInbox, validateEvent } from "@lucca-events/2024-11-01";
import { createProcessInbox, type EventValidator } from "@lucca-events/core";
import { describe, expect, it } from "vitest";
import { inboxFixture } from "./support/inbox-fixture.js";
import { employeeUpdated, keyOf } from "./support/events.js";
import { sendSigned } from "./support/send.js";
import { STORES } from "./support/test-store.js";
import { until } from "./support/until.js";

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
  const f = inboxFixture(kind);

  it("answers 202 to an authentic event that fails validation, and keeps it with its issues", async () => {
    const event = employeeUpdated("k-1", "100", "2026-01-01T10:00:00Z");
    const invalid = { ...event, data: { ...event.data, email: 42 } };
    expect((await sendSigned(f.receiver.url, invalid)).status).toBe(202);
    const kept = await f.inbox.show(keyOf("k-1"));
    expect(kept).toMatchObject({ status: "invalid", verdict: "schema_mismatch" });
    expect(kept.issues).toContainEqual(expect.objectContaining({ instancePath: "/data/email" }));
    expect(JSON.parse(kept.rawBody ?? "")).toEqual(invalid);
  });

  it("keeps an authentic body that is not JSON, keyed by its digest, once", async () => {
    expect((await sendSigned(f.receiver.url, "not json")).status).toBe(202);
    expect(await sendSigned(f.receiver.url, "not json")).toEqual({ status: 202, duplicate: true });
    const [kept] = await f.inbox
      .list({ status: "invalid", limit: 1000 })
      .then((rows) => rows.filter((row) => row.verdict === "invalid_json"));
    expect(kept?.key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("stores an unknown topic as unknown and tells onUnknownTopic", async () => {
    const archived = { ...employeeUpdated("k-2", "101", "2026-01-01T10:00:00Z") };
    archived.topic = "employee.archived" as never;
    expect((await sendSigned(f.receiver.url, archived)).status).toBe(202);
    expect((await f.inbox.show(keyOf("k-2"))).status).toBe("unknown");
    const unknown: string[] = [];
    const invalid: string[] = [];
    const worker = await processInbox(f.inbox, {
      on: {},
      onUnknownTopic: (event) => void unknown.push(event.topic),
      onInvalidEvent: ({ reason }) => void invalid.push(reason),
    });
    await until(() => unknown.length === 1 && invalid.length === 2);
    await worker.stop();
    expect(unknown).toEqual(["employee.archived"]);
    expect(invalid.sort()).toEqual(["invalid_json", "schema_mismatch"]);
    expect((await f.inbox.show(keyOf("k-2"))).status).toBe("unknown");
  });

  it("revalidate() queues what a newer validator accepts and keeps the rest", async () => {
    const report = await f.inbox.revalidate(newerValidateEvent as EventValidator<unknown, unknown>);
    expect(report).toEqual({ checked: 3, queued: 1, kept: 2 });
    const seen: string[] = [];
    const worker = await createProcessInbox(newerValidateEvent)(f.inbox, {
      on: { "employee.archived": (event) => void seen.push(event.id) },
    });
    await until(async () => (await f.inbox.show(keyOf("k-2"))).status === "done");
    await worker.stop();
    expect(seen).toEqual(["k-2"]);
    expect((await f.inbox.show(keyOf("k-1"))).status).toBe("invalid");
  });
});
