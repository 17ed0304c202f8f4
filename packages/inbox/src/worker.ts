import type {
  InboxJobContext,
  InboxWorker,
  InboxWorkOptions,
  ProcessOutcome,
  ProcessStoredDelivery,
} from "@lucca-events/core";
import type { Db, Job, JobResult } from "pg-boss";
import type { InboxParts } from "./accept.js";
import { InboxError } from "./inbox-error.js";
import { finishAll, loadRows, type Finish, type StoredRow } from "./finish.js";
import { QUEUE, SCHEMA } from "./schema.js";
import { sqlOf, type Sql } from "./store/sql-store.js";

interface JobData {
  key: string;
}

// New jobs wake workers through LISTEN/NOTIFY; retries coming due do not notify, so the backstop
// poll must stay short (pg-boss's default 30 s would delay every retry by up to 30 s).
const POLLING = { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 1 };
// Jobs claimed per fetch. Each key_strict_fifo fetch scans every pending job for its key's head,
// so a backlog drains in pending / BATCH fetches of O(pending) each: batches of 250 rather than
// `concurrency`, whose handlers still run `concurrency` at a time. Draining 3,000 jobs with 2
// workers ran at 5,900/s with batches of 100 and 6,800/s with 250 (`pnpm bench`); a larger batch
// also means more handlers to repeat when a process is killed before its batch's outcomes are
// recorded. A batch holds at most one job per resource, so its jobs may run in any order.
const BATCH = 250;

/** Starts pg-boss workers that hand each stored delivery to `process`. */
export async function startWorker(
  parts: InboxParts,
  retryLimit: number,
  process: ProcessStoredDelivery,
  options: InboxWorkOptions,
): Promise<InboxWorker> {
  const concurrency = options.concurrency ?? 10;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InboxError("invalid_options", "concurrency must be an integer of at least 1");
  }
  const run = (jobs: Job<JobData>[], sql: Sql, tx?: Db) =>
    runBatch(parts, retryLimit, process, { ...options, concurrency }, jobs, sql, tx);
  // A backlog queued while no worker ran (or by another process) is planned from fresh statistics.
  await parts.statistics.refresh();
  let workId: string;
  if (options.transactional === true) {
    if (parts.store.kind !== "postgres") {
      throw new InboxError("not_supported", "transactional processing needs a PostgreSQL server");
    }
    // One job per transaction: a failing handler then rolls back only its own job.
    workId = await parts.boss.work<
      JobData,
      void,
      { transactional: true; localConcurrency: number }
    >(
      QUEUE,
      { transactional: true, localConcurrency: concurrency, ...POLLING },
      async (jobs, tx) => {
        const failed = (await run(jobs, sqlOf(tx), tx)).find(
          (result) => result.status !== "completed",
        );
        if (failed !== undefined) throw new Error(errorText(failed.output));
      },
    );
  } else {
    const batchSize = Math.max(BATCH, concurrency);
    workId = await parts.boss.work<JobData>(
      QUEUE,
      { batchSize, perJobResults: true, burstWhenBatchFull: true, ...POLLING },
      (jobs) => {
        parts.statistics.fetched(jobs.length, batchSize);
        return run(jobs, parts.store.sql);
      },
    );
  }
  return {
    async stop() {
      await parts.boss.offWork(QUEUE, { id: workId, wait: true });
    },
  };
}

/** A job's result, and the outcome to record before pg-boss completes it. */
interface JobRun {
  result: JobResult;
  finish?: Finish;
  started: number;
}

/**
 * Runs a batch: one read, the handlers `concurrency` at a time, one statement recording every
 * outcome.
 */
async function runBatch(
  parts: InboxParts,
  retryLimit: number,
  process: ProcessStoredDelivery,
  options: InboxWorkOptions & { concurrency: number },
  jobs: Job<JobData>[],
  sql: Sql,
  tx: Db | undefined,
): Promise<JobResult[]> {
  const rows = await loadRows(
    sql,
    jobs.map((job) => job.data.key),
  );
  const runs = await mapLimited(jobs, options.concurrency, (job) =>
    runJob(parts, retryLimit, process, options, job, rows.get(job.data.key), tx),
  );
  const finishes = runs.flatMap((run) => (run.finish === undefined ? [] : [run.finish]));
  await finishAll(sql, finishes);
  for (const { finish, started } of runs) {
    if (finish === undefined) continue;
    const { key, status, attempt } = finish;
    parts.emit({ type: "processed", key, status, attempt, ms: performance.now() - started });
  }
  return runs.map((run) => run.result);
}

async function runJob(
  parts: InboxParts,
  retryLimit: number,
  process: ProcessStoredDelivery,
  options: InboxWorkOptions,
  job: Job<JobData>,
  row: StoredRow | undefined,
  tx: Db | undefined,
): Promise<JobRun> {
  const key = job.data.key;
  const attempt = job.retryCount + 1;
  const started = performance.now();
  const completed: JobResult = { id: job.id, status: "completed" };
  // Already finished (a crash fell between our commit and the job's completion), discarded, or
  // purged: nothing to call again.
  if (row === undefined || row.raw_body === null || row.processed_at !== null) {
    return { result: completed, started };
  }
  if (row.status === "discarded") return { result: completed, started };
  const superseded = row.superseded === true;
  if (superseded && options.processSuperseded !== true) {
    return {
      result: completed,
      finish: { key, attempt, status: "superseded", issues: [] },
      started,
    };
  }
  const context: InboxJobContext = { attempt, signal: job.signal, key, superseded };
  if (tx !== undefined) context.db = tx;
  let outcome: ProcessOutcome;
  try {
    outcome = await process({ key, rawBody: row.raw_body }, context);
  } catch (error) {
    const message = errorText(error);
    const dead = job.retryCount >= retryLimit;
    // Outside the job's transaction, which is about to roll back: the error must stay visible.
    await parts.store.sql.query(
      `UPDATE ${SCHEMA}.delivery SET status = $2, attempts = $3, last_error = $4 WHERE key = $1`,
      [key, dead ? "dead" : "failed", attempt, message],
    );
    parts.emit({ type: dead ? "dead_lettered" : "retried", key, attempt, error: message });
    return { result: { id: job.id, status: "failed", output: { message } }, started };
  }
  const issues = outcome.status === "done" ? [] : outcome.issues;
  return { result: completed, finish: { key, attempt, status: outcome.status, issues }, started };
}

/** `items.map(fn)`, with at most `limit` calls of `fn` pending at once; results in input order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    for (let n = next++; n < items.length; n = next++) results[n] = await fn(items[n]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
