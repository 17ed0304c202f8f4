import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, type InboxMetric } from "@lucca-events/inbox";
import { beforeEach, describe, expect, it } from "vitest";
import { inboxFixture } from "./support/inbox-fixture.js";
import { employeeUpdated, keyOf } from "./support/events.js";
import { sendSigned } from "./support/send.js";
import { STORES } from "./support/test-store.js";
import { until } from "./support/until.js";

describe.each(STORES)("%s inbox: receive and process", (kind) => {
  const f = inboxFixture(kind, { onMetric: (metric) => metrics.push(metric) });
  const metrics: InboxMetric[] = [];
  beforeEach(() => {
    metrics.length = 0;
  });

  it("answers 202 to a redelivery and stores and processes it once", async () => {
    const event = employeeUpdated("e-1", "416", "2026-01-01T10:00:00Z");
    expect(await sendSigned(f.receiver.url, event)).toEqual({ status: 202, duplicate: false });
    expect(await sendSigned(f.receiver.url, event)).toEqual({ status: 202, duplicate: true });
    const seen: { id: string; attempt: number; key: string }[] = [];
    const worker = await processInbox(f.inbox, {
      on: {
        "employee.updated": (received, ctx) => {
          seen.push({ id: received.data.id, attempt: ctx.attempt, key: ctx.key });
        },
      },
    });
    await until(async () => (await f.inbox.status()).done === 1);
    expect(await sendSigned(f.receiver.url, event)).toEqual({ status: 202, duplicate: true });
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
    await sendSigned(f.receiver.url, event);
    const stored = await f.inbox.show(keyOf("e-2"));
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
    expect((await sendSigned(f.receiver.url, event, "another-secret")).status).toBe(401);
    await expect(f.inbox.show(keyOf("e-3"))).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers 503 when the store cannot commit", async () => {
    await f.inbox.close();
    const event = employeeUpdated("e-4", "416", "2026-01-01T10:00:00Z");
    expect((await sendSigned(f.receiver.url, event)).status).toBe(503);
    f.inbox = await openInbox(f.store.options);
    await expect(f.inbox.show(keyOf("e-4"))).rejects.toMatchObject({ code: "not_found" });
  });
});
