import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, type Inbox } from "@lucca-events/inbox";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated } from "./support/events.js";
import { testStore, type TestStore } from "./support/test-store.js";
import { OPEN_TIMEOUT } from "./support/until.js";

// pg-boss's key_strict_fifo fetch is planned from the job table's statistics; taken while the
// queue was empty, they make every fetch of a backlog cost O(pending²) (job-statistics.ts).
const JOBS = "lucca_inbox_jobs.job_common";

describe("postgres inbox: a backlog is planned from statistics that count it", () => {
  let store: TestStore;
  let inbox: Inbox;
  let client: pg.Client;

  beforeAll(async () => {
    store = await testStore("postgres");
    inbox = await openInbox(store.options);
    client = new pg.Client({ connectionString: store.options.connectionString });
    await client.connect();
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await client?.end();
    await inbox?.close();
    await store?.remove();
  }, OPEN_TIMEOUT);

  /** How many pending jobs the planner expects. */
  const expectedPending = async () => {
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
      `EXPLAIN (FORMAT JSON) SELECT id FROM ${JOBS}
        WHERE name = 'lucca-deliveries' AND state < 'active'`,
    );
    return rows[0]!["QUERY PLAN"][0].Plan["Plan Rows"];
  };

  it("analyzes the job table when a worker starts over a backlog", async () => {
    // Statistics of an empty queue, and no autovacuum to refresh them behind the test's back.
    await client.query(`ALTER TABLE ${JOBS} SET (autovacuum_enabled = false)`);
    await client.query(`ANALYZE ${JOBS}`);
    for (let n = 0; n < 600; n++) {
      const event = employeeUpdated(`backlog-${n}`, String(n), "2026-01-01T10:00:00Z");
      await inbox.accept({
        rawBody: JSON.stringify(event),
        timestamp: "",
        verdict: "valid",
        issues: [],
        envelope: { id: event.id, source: event.source, topic: event.topic, resource: event.data },
      });
    }
    expect(await expectedPending()).toBeLessThan(10);
    const worker = await processInbox(inbox, { on: { "employee.updated": () => undefined } });
    try {
      expect(await expectedPending()).toBeGreaterThan(300);
    } finally {
      await worker.stop();
    }
  });
});
