import { processInbox } from "@lucca-events/2024-11-01";
import { describe, expect, it } from "vitest";
import { inboxFixture } from "./support/inbox-fixture.js";
import { employeeUpdated, keyOf } from "./support/events.js";
import { sendSigned } from "./support/send.js";
import { STORES } from "./support/test-store.js";
import { until } from "./support/until.js";

describe.each(STORES)("%s inbox: order per resource", (kind) => {
  const f = inboxFixture(kind);

  it("runs one event per resource at a time, in arrival order, others side by side", async () => {
    const events = [
      employeeUpdated("o-1", "700", "2026-01-01T10:00:00Z"),
      employeeUpdated("o-2", "701", "2026-01-01T10:00:00Z"),
      employeeUpdated("o-3", "700", "2026-01-01T10:01:00Z"),
      employeeUpdated("o-4", "701", "2026-01-01T10:01:00Z"),
      employeeUpdated("o-5", "700", "2026-01-01T10:02:00Z"),
    ];
    for (const event of events) await sendSigned(f.receiver.url, event);
    const running = new Map<string, number>();
    const log: string[] = [];
    let overlapAcrossResources = false;
    const worker = await processInbox(f.inbox, {
      concurrency: 4,
      on: {
        "employee.updated": async (event) => {
          const employee = event.data.id;
          expect(running.get(employee) ?? 0).toBe(0);
          running.set(employee, 1);
          if ([...running.values()].filter((n) => n > 0).length > 1) overlapAcrossResources = true;
          await new Promise((resolve) => setTimeout(resolve, 150));
          log.push(event.id);
          running.set(employee, 0);
        },
      },
    });
    await until(() => log.length === 5);
    await worker.stop();
    expect(log.filter((id) => ["o-1", "o-3", "o-5"].includes(id))).toEqual(["o-1", "o-3", "o-5"]);
    expect(log.filter((id) => ["o-2", "o-4"].includes(id))).toEqual(["o-2", "o-4"]);
    expect(overlapAcrossResources).toBe(true);
  });

  it("skips an update older than one already processed for its resource, as superseded", async () => {
    await sendSigned(f.receiver.url, employeeUpdated("s-new", "800", "2026-01-02T10:00:00Z"));
    const seen: string[] = [];
    const worker = await processInbox(f.inbox, {
      on: { "employee.updated": (event) => void seen.push(event.id) },
    });
    await until(() => seen.length === 1);
    await sendSigned(f.receiver.url, employeeUpdated("s-old", "800", "2026-01-02T09:00:00Z"));
    await until(async () => (await f.inbox.show(keyOf("s-old"))).status === "superseded");
    await worker.stop();
    expect(seen).toEqual(["s-new"]);
  });

  it("calls the handler for a superseded event when asked, telling it so", async () => {
    await sendSigned(f.receiver.url, employeeUpdated("p-new", "900", "2026-01-02T10:00:00Z"));
    const seen: [string, boolean][] = [];
    const worker = await processInbox(f.inbox, {
      processSuperseded: true,
      on: { "employee.updated": (event, ctx) => void seen.push([event.id, ctx.superseded]) },
    });
    await until(() => seen.length === 1);
    await sendSigned(f.receiver.url, employeeUpdated("p-old", "900", "2026-01-02T09:00:00Z"));
    await until(() => seen.length === 2);
    await worker.stop();
    expect(seen).toEqual([
      ["p-new", false],
      ["p-old", true],
    ]);
    expect((await f.inbox.show(keyOf("p-old"))).status).toBe("done");
  });
});
