import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, type Inbox } from "@lucca-events/inbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { eventsClient, startEventsApi } from "./support/events-api.js";
import { startReceiver, type RunningReceiver } from "./support/receiver.js";
import { SECRET, sendSigned } from "./support/send.js";
import { tempDir } from "./support/temp-dir.js";
import { OPEN_TIMEOUT, until } from "./support/until.js";

describe("embedded inbox: catch-up and retention", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let inbox: Inbox;
  let receiver: RunningReceiver;

  beforeAll(async () => {
    dir = await tempDir();
    inbox = await openInbox({ directory: dir.path, retention: { payloadDays: 7 } });
    receiver = await startReceiver(inbox, SECRET);
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await receiver.close();
    await inbox.close();
    await dir.remove();
  }, OPEN_TIMEOUT);

  it("stores what the events API lists and the receiver missed, once", async () => {
    const events = ["c-1", "c-2", "c-3", "c-4", "c-5"].map((id, n) =>
      employeeUpdated(id, `20${n}`, "2026-01-01T10:00:00Z"),
    );
    await sendSigned(receiver.url, events[1] ?? {});
    const api = await startEventsApi(events);
    try {
      const report = await inbox.catchUp(eventsClient(api.baseUrl));
      expect(report).toEqual({ read: 5, stored: 4, duplicates: 1, unreadable: 0 });
      expect(await inbox.catchUp(eventsClient(api.baseUrl))).toMatchObject({ stored: 0 });
    } finally {
      await api.close();
    }
    expect((await inbox.show(keyOf("c-3"))).origin).toBe("api");
    expect((await inbox.show(keyOf("c-2"))).origin).toBe("webhook");
    const seen: string[] = [];
    const worker = await processInbox(inbox, {
      on: { "employee.updated": (event) => void seen.push(event.id) },
    });
    await until(() => seen.length === 5);
    await worker.stop();
    expect(seen.sort()).toEqual(["c-1", "c-2", "c-3", "c-4", "c-5"]);
  });

  it("drops finished payloads after their retention and keys only after 62 days", async () => {
    const day = 86_400_000;
    const in8Days = new Date(Date.now() + 8 * day);
    expect(await inbox.purge({ now: in8Days })).toEqual({ payloadsDropped: 5, rowsDeleted: 0 });
    expect((await inbox.show(keyOf("c-1"))).rawBody).toBeNull();
    // Still a duplicate: the key outlives the payload.
    const redelivered = await sendSigned(
      receiver.url,
      employeeUpdated("c-1", "200", "2026-01-01T10:00:00Z"),
    );
    expect(redelivered).toEqual({ status: 202, duplicate: true });
    expect(await inbox.purge({ now: new Date(Date.now() + 61 * day) })).toMatchObject({
      rowsDeleted: 0,
    });
    expect(await inbox.purge({ now: new Date(Date.now() + 63 * day) })).toMatchObject({
      rowsDeleted: 5,
    });
    await expect(inbox.show(keyOf("c-1"))).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a dedupe retention shorter than Lucca's two months", async () => {
    await expect(openInbox({ directory: dir.path, retention: { dedupeDays: 30 } })).rejects.toThrow(
      /at least 62/,
    );
  });

  it("refuses a second opener of the same directory with a clear error", async () => {
    await expect(openInbox({ directory: dir.path })).rejects.toMatchObject({
      code: "inbox_locked",
    });
  });
});
