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
import { QUEUE, SCHEMA } from "./schema.js";
import { sqlOf, type Sql } from "./store/sql-store.js";

interface JobData {
  key: string;
}

interface StoredRow {
  raw_body: string | null;
  processed_at: Date | null;
  status: string;
  superseded: boolean | null;
}

// New jobs wake workers through LISTEN/NOTIFY; retries coming due do not notify, so the backstop
// poll must stay short (pg-boss's default 30 s would delay every retry by up to 30 s).
const POLLING = { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 1 };

/** Starts pg-boss workers that hand each stored delivery to `process`. */
export async function startWorker(
  parts: InboxParts,
  retryLimit: number,
  process: ProcessStoredDelivery,
  options: InboxWorkOptions,
): Promise<InboxWorker> {
  const concurrency = options.concurrency ?? 10;
  const run = (job: Job<JobData>, sql: Sql, tx?: Db) =>
    runJob(parts, retryLimit, process, options, job, sql, tx);
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
        for (const job of jobs) {
          const result = await run(job, sqlOf(tx), tx);
          if (result.status !== "completed") throw new Error(errorText(result.output));
        }
      },
    );
  } else {
    // A batch holds at most one job per resource (key_strict_fifo), so its jobs run side by side.
    workId = await parts.boss.work<JobData>(
      QUEUE,
      {
        batchSize: concurrency,
        perJobResults: true,
        burstWhenBatchFull: true,
        ...POLLING,
      },
      (jobs) => Promise.all(jobs.map((job) => run(job, parts.store.sql))),
    );
  }
  return {
    async stop() {
      await parts.boss.offWork(QUEUE, { id: workId, wait: true });
    },
  };
}

async function runJob(
  parts: InboxParts,
  retryLimit: number,
  process: ProcessStoredDelivery,
  options: InboxWorkOptions,
  job: Job<JobData>,
  sql: Sql,
  tx: Db | undefined,
): Promise<JobResult> {
  const key = job.data.key;
  const attempt = job.retryCount + 1;
  const started = performance.now();
  const [row] = await sql.query<StoredRow>(
    `SELECT d.raw_body, d.processed_at, d.status, w.occurred_at > d.occurred_at AS superseded
       FROM ${SCHEMA}.delivery d LEFT JOIN ${SCHEMA}.watermark w ON w.resource = d.resource
      WHERE d.key = $1`,
    [key],
  );
  // Already finished (a crash fell between our commit and the job's completion), discarded, or
  // purged: nothing to call again.
  if (row === undefined || row.raw_body === null || row.processed_at !== null) {
    return { id: job.id, status: "completed" };
  }
  if (row.status === "discarded") return { id: job.id, status: "completed" };
  const superseded = row.superseded === true;
  if (superseded && options.processSuperseded !== true) {
    await finish(sql, key, attempt, "superseded", []);
    parts.emit({ type: "processed", key, status: "superseded", attempt, ms: 0 });
    return { id: job.id, status: "completed" };
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
    return { id: job.id, status: "failed", output: { message } };
  }
  const issues = outcome.status === "done" ? [] : outcome.issues;
  if (tx !== undefined) await finish(sql, key, attempt, outcome.status, issues);
  else await parts.store.transaction((own) => finish(own, key, attempt, outcome.status, issues));
  parts.emit({
    type: "processed",
    key,
    status: outcome.status,
    attempt,
    ms: performance.now() - started,
  });
  return { id: job.id, status: "completed" };
}

/** Records the outcome and, for a processed event, raises its resource's watermark. */
async function finish(
  sql: Sql,
  key: string,
  attempt: number,
  status: string,
  issues: unknown[],
): Promise<void> {
  await sql.query(
    `UPDATE ${SCHEMA}.delivery
        SET status = $2, attempts = $3, processed_at = now(), last_error = NULL,
            issues = CASE WHEN $2 = 'done' THEN issues ELSE $4::jsonb END
      WHERE key = $1`,
    [key, status, attempt, JSON.stringify(issues)],
  );
  if (status !== "done") return;
  await sql.query(
    `INSERT INTO ${SCHEMA}.watermark (resource, occurred_at, key)
       SELECT resource, occurred_at, key FROM ${SCHEMA}.delivery
        WHERE key = $1 AND occurred_at IS NOT NULL
     ON CONFLICT (resource) DO UPDATE SET occurred_at = EXCLUDED.occurred_at, key = EXCLUDED.key
       WHERE ${SCHEMA}.watermark.occurred_at < EXCLUDED.occurred_at`,
    [key],
  );
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
