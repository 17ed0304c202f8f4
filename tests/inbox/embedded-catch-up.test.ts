import { processInbox } from "@lucca-events/2024-11-01";
import { createLuccaClient } from "@lucca-events/2024-11-01/client";
import { openInbox } from "@lucca-events/inbox";
import { describe, expect, it } from "vitest";
import { inboxFixture } from "./support/inbox-fixture.js";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startLuccaApiServer } from "../lucca-api-server/index.js";
import { sendSigned } from "./support/send.js";
import { until } from "./support/until.js";

describe("embedded inbox: catch-up and retention", () => {
  const f = inboxFixture("embedded", { retention: { payloadDays: 7 } });

  it("stores what the events API lists and the receiver missed, once", async () => {
    const events = ["c-1", "c-2", "c-3", "c-4", "c-5"].map((id, n) =>
      employeeUpdated(id, `20${n}`, "2026-01-01T10:00:00Z"),
    );
    await sendSigned(f.receiver.url, events[1] ?? {});
    // Lucca's events API as the client issue's local server plays it: tokens, cursors, spec checks.
    const lucca = await startLuccaApiServer({ events, defaultLimit: 2 });
    try {
      const client = createLuccaClient({
        baseUrl: lucca.url,
        tokenUrl: lucca.tokenUrl,
        clientId: lucca.clientId,
        clientSecret: lucca.clientSecret,
      });
      const report = await f.inbox.catchUp(client);
      expect(report).toEqual({ read: 5, stored: 4, duplicates: 1, unreadable: 0 });
      expect(await f.inbox.catchUp(client)).toMatchObject({ stored: 0 });
      expect(lucca.problems()).toEqual([]);
    } finally {
      await lucca.close();
    }
    expect((await f.inbox.show(keyOf("c-3"))).origin).toBe("api");
    expect((await f.inbox.show(keyOf("c-2"))).origin).toBe("webhook");
    const seen: string[] = [];
    const worker = await processInbox(f.inbox, {
      on: { "employee.updated": (event) => void seen.push(event.id) },
    });
    await until(() => seen.length === 5);
    await worker.stop();
    expect(seen.sort()).toEqual(["c-1", "c-2", "c-3", "c-4", "c-5"]);
  });

  it("drops finished payloads after their retention and keys only after 62 days", async () => {
    const day = 86_400_000;
    const in8Days = new Date(Date.now() + 8 * day);
    expect(await f.inbox.purge({ now: in8Days })).toEqual({ payloadsDropped: 5, rowsDeleted: 0 });
    expect((await f.inbox.show(keyOf("c-1"))).rawBody).toBeNull();
    // Still a duplicate: the key outlives the payload.
    const redelivered = await sendSigned(
      f.receiver.url,
      employeeUpdated("c-1", "200", "2026-01-01T10:00:00Z"),
    );
    expect(redelivered).toEqual({ status: 202, duplicate: true });
    expect(await f.inbox.purge({ now: new Date(Date.now() + 61 * day) })).toMatchObject({
      rowsDeleted: 0,
    });
    expect(await f.inbox.purge({ now: new Date(Date.now() + 63 * day) })).toMatchObject({
      rowsDeleted: 5,
    });
    await expect(f.inbox.show(keyOf("c-1"))).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a dedupe retention shorter than Lucca's two months", async () => {
    await expect(
      openInbox({ directory: f.store.options.directory, retention: { dedupeDays: 30 } }),
    ).rejects.toThrow(/at least 62/);
  });

  it("refuses a second opener of the same directory with a clear error", async () => {
    await expect(openInbox({ directory: f.store.options.directory })).rejects.toMatchObject({
      code: "inbox_locked",
    });
  });
});
