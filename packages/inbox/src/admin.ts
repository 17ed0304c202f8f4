import { randomUUID } from "node:crypto";
import { enqueue, type InboxParts } from "./accept.js";
import { statusOfVerdict } from "./delivery-row.js";
import { InboxError } from "./inbox-error.js";
import { DEAD_LETTER_QUEUE, QUEUE, SCHEMA } from "./schema.js";

interface AdminRow {
  job_id: string;
  status: string;
  verdict: string;
  resource: string;
}

/**
 * Processes a delivery again. A dead one's failed job still holds its resource (so later events
 * about it wait, in order): pg-boss's `retry` gives that job one more attempt. Otherwise (done,
 * superseded, invalid…) a new job is queued; the superseded rule still applies when it runs.
 */
export async function retryDelivery(parts: InboxParts, key: string): Promise<void> {
  const row = await rowFor(parts, key);
  if (row.status === "pending") return;
  // pg-boss 12 declares CommandResponse empty; at run time it carries `affected`.
  const retried = (await parts.boss.retry(QUEUE, row.job_id)) as { affected?: number };
  if ((retried.affected ?? 0) > 0) {
    await dropDeadLetterCopies(parts, key);
    await parts.store.sql.query(
      `UPDATE ${SCHEMA}.delivery SET status = $2, processed_at = NULL WHERE key = $1`,
      [key, statusOfVerdict(row.verdict)],
    );
    return;
  }
  const jobId = randomUUID();
  await parts.store.transaction(async (tx) => {
    await tx.query(
      `UPDATE ${SCHEMA}.delivery SET status = $2, processed_at = NULL, job_id = $3 WHERE key = $1`,
      [key, statusOfVerdict(row.verdict), jobId],
    );
    await enqueue(parts, tx, key, jobId, row.resource);
  });
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
async function dropDeadLetterCopies(parts: InboxParts, key: string): Promise<void> {
  const copies = await parts.boss.findJobs(DEAD_LETTER_QUEUE, { data: { key } });
  if (copies.length > 0) {
    await parts.boss.deleteJob(
      DEAD_LETTER_QUEUE,
      copies.map((job) => job.id),
    );
  }
}
