import type { VerifiedDelivery } from "@lucca-events/core";
import type { PgBoss } from "pg-boss";
import { rowOf, type DeliveryOrigin, type NewDelivery } from "./delivery-row.js";
import type { JobStatistics } from "./job-statistics.js";
import type { InboxMetric } from "./metrics.js";
import { QUEUE, SCHEMA } from "./schema.js";
import type { SqlStore, SqlTransaction } from "./store/sql-store.js";

/** Shared by accepting, catching up and re-queueing. */
export interface InboxParts {
  store: SqlStore;
  boss: PgBoss;
  emit: (metric: InboxMetric) => void;
  statistics: JobStatistics;
}

/**
 * Stores one delivery and its job in one transaction: the `(source, id)` row is the permanent
 * dedupe (pg-boss keeps job rows only days after completion, and its `singletonKey` does not
 * dedupe), the job carries only the key. Resolves after COMMIT, so a 202 means stored.
 */
export async function acceptDelivery(
  parts: InboxParts,
  delivery: VerifiedDelivery,
  origin: DeliveryOrigin,
): Promise<{ duplicate: boolean; key: string }> {
  const started = performance.now();
  const row = await rowOf(delivery, origin);
  const inserted = await parts.store.transaction(async (tx) => {
    const rows = await insertRow(tx, row);
    if (rows === 0) return false;
    await enqueue(parts, tx, row.key, row.jobId, row.resource);
    return true;
  });
  const ms = performance.now() - started;
  parts.emit(
    inserted
      ? { type: "stored", key: row.key, topic: row.topic, ms }
      : { type: "duplicate", key: row.key, ms },
  );
  return { duplicate: !inserted, key: row.key };
}

/** Queues a delivery's job, keyed by its resource so one resource runs one job at a time. */
export async function enqueue(
  parts: InboxParts,
  tx: SqlTransaction,
  key: string,
  jobId: string,
  resource: string,
): Promise<void> {
  await parts.boss.send(QUEUE, { key }, { id: jobId, singletonKey: resource, db: tx.boss });
  parts.statistics.queued(1);
}

async function insertRow(tx: SqlTransaction, row: NewDelivery): Promise<number> {
  const inserted = await tx.query(
    `INSERT INTO ${SCHEMA}.delivery (key, job_id, status, verdict, issues, origin, source, event_id,
       topic, resource, occurred_at, signed_at, raw_body)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11::timestamptz, $12, $13)
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    [
      row.key,
      row.jobId,
      row.status,
      row.verdict,
      JSON.stringify(row.issues),
      row.origin,
      row.source,
      row.eventId,
      row.topic,
      row.resource,
      row.occurredAt,
      row.signedAt,
      row.rawBody,
    ],
  );
  return inserted.length;
}
