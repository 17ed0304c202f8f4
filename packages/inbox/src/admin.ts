import { randomUUID } from "node:crypto";
import type { JobWithMetadata } from "pg-boss";
import { enqueue, type InboxParts } from "./accept.js";
import { statusOfVerdict } from "./delivery-row.js";
import { InboxError } from "./inbox-error.js";
import type { SqlTransaction } from "./store/sql-store.js";
import { DEAD_LETTER_QUEUE, QUEUE, SCHEMA } from "./schema.js";

type JobState = JobWithMetadata["state"];

interface AdminRow {
  job_id: string;
  status: string;
  verdict: string;
  resource: string;
}

/**
 * Processes a delivery again. A dead one's failed job still holds its resource (so later events
 * about it wait, in order): pg-boss's `retry` gives that job one more attempt. A job still queued
 * (waiting for its next attempt) already will run. Otherwise (done, superseded, invalid…) a new
 * job is queued; the superseded rule still applies when it runs.
 */
export async function retryDelivery(parts: InboxParts, key: string): Promise<void> {
  const row = await rowFor(parts, key);
  if (row.status === "pending") return;
  const state = await settledState(parts, row.job_id);
  if (state === "created" || state === "retry") return;
  // One transaction, so that a worker claiming the job at once finds the row already reset.
  await parts.store.transaction(async (tx) => {
    await tx.query(
      `UPDATE ${SCHEMA}.delivery SET status = $2, processed_at = NULL WHERE key = $1`,
      [key, statusOfVerdict(row.verdict)],
    );
    if (state === "failed") {
      await parts.boss.retry(QUEUE, row.job_id, { db: tx.boss });
      await dropDeadLetterCopies(parts, key, tx);
      return;
    }
    const jobId = randomUUID();
    await tx.query(`UPDATE ${SCHEMA}.delivery SET job_id = $2 WHERE key = $1`, [key, jobId]);
    await enqueue(parts, tx, key, jobId, row.resource);
  });
}

// A row says dead as soon as the handler has thrown; pg-boss marks the job failed only when the
// rest of its batch is done. A retry in between found no failed job and queued a second one,
// which then waited forever behind the first (it holds the resource). So wait for the job.
const SETTLE_POLL_MS = 50;
const SETTLE_LIMIT_MS = 30_000;

async function settledState(parts: InboxParts, jobId: string): Promise<JobState | undefined> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  for (;;) {
    const [job] = await parts.boss.findJobs(QUEUE, { id: jobId });
    if (job?.state !== "active") return job?.state;
    if (Date.now() > deadline) {
      throw new InboxError("busy", "the delivery is being processed; retry it once it is done");
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
  }
}

/** Gives up on a delivery for good; its job is deleted, which frees its resource's later events. */
export async function discardDelivery(parts: InboxParts, key: string): Promise<void> {
  const row = await rowFor(parts, key);
  await parts.store.sql.query(
    `UPDATE ${SCHEMA}.delivery SET status = 'discarded', processed_at = now() WHERE key = $1`,
    [key],
  );
  await parts.boss.deleteJob(QUEUE, row.job_id);
  await dropDeadLetterCopies(parts, key);
}

async function rowFor(parts: InboxParts, key: string): Promise<AdminRow> {
  const [row] = await parts.store.sql.query<AdminRow>(
    `SELECT job_id, status, verdict, resource FROM ${SCHEMA}.delivery WHERE key = $1`,
    [key],
  );
  if (row === undefined) throw new InboxError("not_found", `no delivery has the key ${key}`);
  return row;
}

// The dead-letter queue holds a copy of each dead job (pg-boss copies it there); nothing works
// that queue, it is the record, so a retried or discarded delivery's copy goes.
async function dropDeadLetterCopies(
  parts: InboxParts,
  key: string,
  tx?: SqlTransaction,
): Promise<void> {
  const db = tx === undefined ? {} : { db: tx.boss };
  const copies = await parts.boss.findJobs(DEAD_LETTER_QUEUE, { data: { key }, ...db });
  if (copies.length > 0) {
    await parts.boss.deleteJob(
      DEAD_LETTER_QUEUE,
      copies.map((job) => job.id),
      db,
    );
  }
}
