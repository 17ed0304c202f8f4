import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, type Inbox, type InboxMetric } from "@lucca-events/inbox";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startReceiver, type RunningReceiver } from "./support/receiver.js";
import { SECRET, sendSigned } from "./support/send.js";
import { STORES, testStore, type TestStore } from "./support/test-store.js";
import { OPEN_TIMEOUT, until } from "./support/until.js";

describe.each(STORES)("%s inbox: receive and process", (kind) => {
  let store: TestStore;
  let inbox: Inbox;
  let receiver: RunningReceiver;
  const metrics: InboxMetric[] = [];

  beforeEach(() => {
    metrics.length = 0;
  });
  beforeAll(async () => {
    store = await testStore(kind);
    inbox = await openInbox({ ...store.options, onMetric: (metric) => metrics.push(metric) });
    receiver = await startReceiver(inbox, SECRET);
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await receiver.close();
    await inbox.close();
    await store.remove();
  }, OPEN_TIMEOUT);

  it("answers 202 to a redelivery and stores and processes it once", async () => {
    const event = employeeUpdated("e-1", "416", "2026-01-01T10:00:00Z");
    expect(await sendSigned(receiver.url, event)).toEqual({ status: 202, duplicate: false });
    expect(await sendSigned(receiver.url, event)).toEqual({ status: 202, duplicate: true });
    const seen: { id: string; attempt: number; key: string }[] = [];
    const worker = await processInbox(inbox, {
      on: {
        "employee.updated": (received, ctx) => {
          seen.push({ id: received.data.id, attempt: ctx.attempt, key: ctx.key });
        },
      },
    });
    await until(async () => (await inbox.status()).done === 1);
    expect(await sendSigned(receiver.url, event)).toEqual({ status: 202, duplicate: true });
    await worker.stop();
    expect(seen).toEqual([{ id: "416", attempt: 1, key: keyOf("e-1") }]);
    expect(metrics.map((metric) => metric.type)).toEqual([
      "stored",
      "duplicate",
      "processed",
      "duplicate",
    ]);
  });

  it("keeps the signed body, its timestamp and its verdict", async () => {
    const event = employeeUpdated("e-2", "416", "2026-01-01T10:00:00Z");
    await sendSigned(receiver.url, event);
    const stored = await inbox.show(keyOf("e-2"));
    expect(JSON.parse(stored.rawBody ?? "")).toEqual(event);
    expect(stored).toMatchObject({
      status: "pending",
      verdict: "valid",
      topic: "employee.updated",
    });
    expect(stored.signedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("refuses a forged delivery and stores nothing", async () => {
    const event = employeeUpdated("e-3", "416", "2026-01-01T10:00:00Z");
    expect((await sendSigned(receiver.url, event, "another-secret")).status).toBe(401);
    await expect(inbox.show(keyOf("e-3"))).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers 503 when the store cannot commit", async () => {
    await inbox.close();
    const event = employeeUpdated("e-4", "416", "2026-01-01T10:00:00Z");
    expect((await sendSigned(receiver.url, event)).status).toBe(503);
    inbox = await openInbox({ ...store.options });
    await expect(inbox.show(keyOf("e-4"))).rejects.toMatchObject({ code: "not_found" });
  });
});
