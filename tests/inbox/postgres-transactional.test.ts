import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, type Inbox } from "@lucca-events/inbox";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startReceiver, type RunningReceiver } from "./support/receiver.js";
import { SECRET, sendSigned } from "./support/send.js";
import { testStore, type TestStore } from "./support/test-store.js";
import { OPEN_TIMEOUT, until } from "./support/until.js";

describe("postgres inbox: handlers inside the job's transaction", () => {
  let store: TestStore;
  let inbox: Inbox;
  let receiver: RunningReceiver;
  let client: pg.Client;

  beforeAll(async () => {
    store = await testStore("postgres");
    inbox = await openInbox({ ...store.options, maxAttempts: 3, retryDelaySeconds: 1 });
    receiver = await startReceiver(inbox, SECRET);
    client = new pg.Client({ connectionString: store.options.connectionString });
    await client.connect();
    await client.query("CREATE TABLE payroll (key text, attempt int)");
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await client.end();
    await receiver.close();
    await inbox.close();
    await store.remove();
  }, OPEN_TIMEOUT);

  it("commits the handler's writes with the completion, and rolls back a failed attempt's", async () => {
    await sendSigned(receiver.url, employeeUpdated("t-1", "1", "2026-01-01T10:00:00Z"));
    await sendSigned(receiver.url, employeeUpdated("t-2", "2", "2026-01-01T10:00:00Z"));
    const worker = await processInbox(inbox, {
      transactional: true,
      on: {
        "employee.updated": async (_event, ctx) => {
          await ctx.db?.executeSql("INSERT INTO payroll (key, attempt) VALUES ($1, $2)", [
            ctx.key,
            ctx.attempt,
          ]);
          if (ctx.attempt === 1 && ctx.key === keyOf("t-2")) throw new Error("after the write");
        },
      },
    });
    await until(async () => (await inbox.status()).done === 2);
    await worker.stop();
    const { rows } = await client.query("SELECT key, attempt FROM payroll ORDER BY key");
    expect(rows).toEqual([
      { key: keyOf("t-1"), attempt: 1 },
      { key: keyOf("t-2"), attempt: 2 },
    ]);
  });

  it(
    "is refused on the embedded store, whose single session cannot hold a job's transaction",
    async () => {
      const embedded = await testStore("embedded");
      const local = await openInbox(embedded.options);
      try {
        await expect(processInbox(local, { transactional: true, on: {} })).rejects.toMatchObject({
          code: "not_supported",
        });
      } finally {
        await local.close();
        await embedded.remove();
      }
    },
    OPEN_TIMEOUT,
  );
});
