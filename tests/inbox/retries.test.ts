import { processInbox } from "@lucca-events/2024-11-01";
import { type InboxMetric } from "@lucca-events/inbox";
import { describe, expect, it, onTestFinished } from "vitest";
import { inboxFixture } from "./support/inbox-fixture.js";
import { employeeUpdated, keyOf } from "./support/events.js";
import { sendSigned } from "./support/send.js";
import { STORES } from "./support/test-store.js";
import { until } from "./support/until.js";

describe.each(STORES)("%s inbox: retries, backoff, dead letters", (kind) => {
  const f = inboxFixture(kind, {
    maxAttempts: 3,
    retryDelaySeconds: 1,
    onMetric: (metric) => metrics.push(metric),
  });
  const metrics: InboxMetric[] = [];

  it("retries a failing handler with growing delays, then dead-letters it with its error", async () => {
    const startedAt: number[] = [];
    const later: string[] = [];
    await sendSigned(f.receiver.url, employeeUpdated("r-1", "500", "2026-01-01T10:00:00Z"));
    // A later event about the same employee waits behind the dead one (order per resource).
    await sendSigned(f.receiver.url, employeeUpdated("r-2", "500", "2026-01-01T11:00:00Z"));
    // Another employee is not held up.
    await sendSigned(f.receiver.url, employeeUpdated("r-3", "501", "2026-01-01T10:00:00Z"));
    let failing = true;
    const worker = await processInbox(f.inbox, {
      on: {
        "employee.updated": (event, ctx) => {
          if (event.id === "r-1" && failing) {
            startedAt.push(Date.now());
            throw new Error(`payroll API down (attempt ${ctx.attempt})`);
          }
          later.push(event.id);
        },
      },
    });
    onTestFinished(() => worker.stop());
    await until(async () => (await f.inbox.status()).dead === 1);
    expect(startedAt).toHaveLength(3);
    // pg-boss backoff: retryDelay × 2^n/2 × (1 + random): at least 1 s, then at least 2 s.
    const [first = 0, second = 0, third = 0] = startedAt;
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1_900);
    const dead = await f.inbox.show(keyOf("r-1"));
    expect(dead).toMatchObject({ attempts: 3, lastError: "payroll API down (attempt 3)" });
    expect(later).toEqual(["r-3"]);
    expect((await f.inbox.show(keyOf("r-2"))).status).toBe("pending");
    expect(metrics.filter((metric) => metric.type === "retried")).toHaveLength(2);
    expect(metrics.filter((metric) => metric.type === "dead_lettered")).toHaveLength(1);

    failing = false;
    await f.inbox.retry(keyOf("r-1"));
    await until(async () => (await f.inbox.status()).done === 3);
    expect(later).toEqual(["r-3", "r-1", "r-2"]);
  });

  it("discards a dead delivery, which lets its resource's later events proceed", async () => {
    await sendSigned(f.receiver.url, employeeUpdated("d-1", "600", "2026-01-01T10:00:00Z"));
    await sendSigned(f.receiver.url, employeeUpdated("d-2", "600", "2026-01-01T11:00:00Z"));
    const handled: string[] = [];
    const worker = await processInbox(f.inbox, {
      on: {
        "employee.updated": (event) => {
          if (event.id === "d-1") throw new Error("poison");
          handled.push(event.id);
        },
      },
    });
    onTestFinished(() => worker.stop());
    await until(async () => (await f.inbox.show(keyOf("d-1"))).status === "dead");
    expect(handled).toEqual([]);
    await f.inbox.discard(keyOf("d-1"));
    await until(() => handled.length === 1);
    expect(handled).toEqual(["d-2"]);
    expect((await f.inbox.show(keyOf("d-1"))).status).toBe("discarded");
  });
});

describe.each(STORES)("%s inbox: retrying a delivery the moment it is dead", (kind) => {
  const f = inboxFixture(kind, { maxAttempts: 1 });

  it("retries it once pg-boss has failed its job, while the rest of its batch still runs", async () => {
    // Both jobs land in one batch: pg-boss records the batch's outcomes only once the slow
    // handler returns, so x-1's row says dead a second before its job is failed.
    await sendSigned(f.receiver.url, employeeUpdated("x-1", "710", "2026-01-01T10:00:00Z"));
    await sendSigned(f.receiver.url, employeeUpdated("slow", "711", "2026-01-01T10:00:00Z"));
    let failing = true;
    const handled: string[] = [];
    const worker = await processInbox(f.inbox, {
      on: {
        "employee.updated": async (event) => {
          if (event.id === "slow") await new Promise((resolve) => setTimeout(resolve, 1_500));
          else if (failing) throw new Error("down");
          handled.push(event.id);
        },
      },
    });
    onTestFinished(() => worker.stop());
    await until(async () => (await f.inbox.show(keyOf("x-1"))).status === "dead");
    failing = false;
    await f.inbox.retry(keyOf("x-1"));
    await until(async () => (await f.inbox.show(keyOf("x-1"))).status === "done");
    expect(handled).toEqual(["slow", "x-1"]);
  });
});
