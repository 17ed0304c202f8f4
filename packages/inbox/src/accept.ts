import type { VerifiedDelivery } from "@lucca-events/core";
import type { PgBoss } from "pg-boss";
import { rowOf, type DeliveryOrigin, type NewDelivery } from "./delivery-row.js";
import { groupCommit } from "./group-commit.js";
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
  /** Stores a delivery's row and job; resolves after COMMIT with whether the row was new. */
  write: (row: NewDelivery) => Promise<boolean>;
}

/**
 * Stores one delivery and its job, committed together (with the deliveries arriving alongside,
 * see group-commit.ts): the `(source, id)` row is the permanent dedupe (pg-boss keeps job rows
 * only days after completion, and its `singletonKey` does not dedupe), the job carries only the
 * key. Resolves after COMMIT, so a 202 means stored.
 */
export async function acceptDelivery(
  parts: InboxParts,
  delivery: VerifiedDelivery,
  origin: DeliveryOrigin,
): Promise<{ duplicate: boolean; key: string }> {
  const started = performance.now();
  const row = await rowOf(delivery, origin);
  const inserted = await parts.write(row);
  const ms = performance.now() - started;
  parts.emit(
    inserted
      ? { type: "stored", key: row.key, topic: row.topic, ms }
      : { type: "duplicate", key: row.key, ms },
  );
  return { duplicate: !inserted, key: row.key };
}

/** The inbox's `write`: rows and their jobs in one transaction per group of deliveries. */
export function deliveryWriter(store: SqlStore, boss: PgBoss): InboxParts["write"] {
  return groupCommit((rows) =>
    store.transaction(async (tx) => {
      const keys = await insertRows(tx, rows);
      const jobs = rows.filter((row) => keys.has(row.key));
      // One job per resource: a batch holds at most one row per resource (group-commit.ts).
      if (jobs.length > 0) {
        await boss.insert(
          QUEUE,
          jobs.map((row) => ({
            id: row.jobId,
            data: { key: row.key },
            singletonKey: row.resource,
          })),
          { db: tx.boss },
        );
      }
      return keys;
    }),
  );
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
}

// The rows travel as one JSON parameter, like finish.ts's outcomes.
async function insertRows(tx: SqlTransaction, rows: readonly NewDelivery[]): Promise<Set<string>> {
  const inserted = await tx.query<{ key: string }>(
    `INSERT INTO ${SCHEMA}.delivery (key, job_id, status, verdict, issues, origin, source, event_id,
       topic, resource, occurred_at, signed_at, raw_body)
     SELECT key, job_id, status, verdict, issues, origin, source, event_id, topic, resource,
            occurred_at, signed_at, raw_body
       FROM jsonb_to_recordset($1::jsonb) AS r(key text, job_id uuid, status text, verdict text,
            issues jsonb, origin text, source text, event_id text, topic text, resource text,
            occurred_at timestamptz, signed_at text, raw_body text)
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    [
      JSON.stringify(
        rows.map((row) => ({
          key: row.key,
          job_id: row.jobId,
          status: row.status,
          verdict: row.verdict,
          issues: row.issues,
          origin: row.origin,
          source: row.source,
          event_id: row.eventId,
          topic: row.topic,
          resource: row.resource,
          occurred_at: row.occurredAt,
          signed_at: row.signedAt,
          raw_body: row.rawBody,
        })),
      ),
    ],
  );
  return new Set(inserted.map((row) => row.key));
}
