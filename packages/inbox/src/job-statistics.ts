import { BOSS_SCHEMA, QUEUE } from "./schema.js";
import type { Sql } from "./store/sql-store.js";

// Why the inbox runs ANALYZE itself. pg-boss 12's fetch for a `key_strict_fifo` queue (plans.ts,
// fetchNextJob) materializes the head job of every key with pending work (`strict_fifo_heads`) and
// joins it back to the job table. The planner sizes that join from the table's statistics, and
// those are taken while the queue is nearly empty: autovacuum analyzes a table only once a tenth of
// it has changed, at most once a minute (and the table keeps days of completed jobs), and PGlite
// has no autovacuum at all. Expecting one pending job, the planner picks a nested loop that
// compares every pending job with every head, so each fetch costs O(pending²): measured here with
// 3,000 pending jobs, 755 ms per fetch before ANALYZE and 15 ms after, and a second backlog on a
// database that had drained one ran 10-15× slower. A backlog is exactly when fetches must be fast,
// so the worker analyzes when it starts and when its fetches start coming back full.

/** Pending jobs that make a starting worker analyze. */
const BACKLOG = 500;
/** Spacing between two ANALYZE runs of one process. */
const ANALYZE_SPACING_MS = 10_000;
/** The columns the fetch filters, joins and orders on: the payload columns cost the most to sample. */
const FETCH_COLUMNS =
  "id, name, state, policy, blocked, singleton_key, start_after, priority, created_on";

/** Keeps the planner's picture of pg-boss's job table close to its real backlog. */
export interface JobStatistics {
  /** Before a worker's first fetch: analyzes if a backlog waits. */
  refresh(): Promise<void>;
  /** After each fetch: the first full batch of a backlog analyzes the table in the background. */
  fetched(jobs: number, batchSize: number): void;
  /** Resolves once no ANALYZE is running (before the store closes). */
  settled(): Promise<void>;
}

export function jobStatistics(sql: Sql): JobStatistics {
  let table: string | undefined;
  let inBacklog = false;
  let lastAnalyzed = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | undefined;
  const analyze = async (onlyIfBacklog: boolean) => {
    table ??= await queueTable(sql);
    // Counted rather than read from pg_stat_user_tables, whose counters reach the view seconds late.
    if (onlyIfBacklog) {
      const [backlog] = await sql.query<{ pending: string | number }>(
        `SELECT count(*) AS pending FROM (SELECT 1 FROM ${table}
          WHERE name = $1 AND state < 'active' LIMIT ${BACKLOG}) AS waiting`,
        [QUEUE],
      );
      if (Number(backlog?.pending ?? 0) < BACKLOG) return;
    }
    lastAnalyzed = performance.now();
    await sql.query(`ANALYZE ${table} (${FETCH_COLUMNS})`);
  };
  const start = (onlyIfBacklog: boolean) => {
    // Statistics only steer plans: a failed ANALYZE (a role without the right) changes nothing.
    running = analyze(onlyIfBacklog)
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    refresh: () => running ?? start(true),
    fetched(jobs, batchSize) {
      const full = jobs >= batchSize;
      const due =
        full &&
        !inBacklog &&
        running === undefined &&
        performance.now() - lastAnalyzed >= ANALYZE_SPACING_MS;
      inBacklog = full;
      if (due) void start(false);
    },
    settled: async () => {
      await running;
    },
  };
}

/** The queue's job table: pg-boss keeps the queues that are not partitioned in one shared table. */
async function queueTable(sql: Sql): Promise<string> {
  const [row] = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM ${BOSS_SCHEMA}.queue WHERE name = $1`,
    [QUEUE],
  );
  if (row === undefined) throw new Error(`pg-boss has no queue ${QUEUE}`);
  return `${BOSS_SCHEMA}."${row.table_name.replaceAll('"', '""')}"`;
}
