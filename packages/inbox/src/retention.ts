import { SCHEMA } from "./schema.js";
import type { SqlStore } from "./store/sql-store.js";

/** How long the inbox remembers. */
export interface RetentionOptions {
  /** Payloads of finished deliveries (done, superseded, discarded) are dropped after. Default 30. */
  payloadDays?: number;
  /** Dedupe keys (rows) of finished deliveries are deleted after; at least 62. Default 62. */
  dedupeDays?: number;
}

export const DEFAULT_RETENTION = { payloadDays: 30, dedupeDays: 62 };

/** Options of `purge`. */
export interface PurgeOptions {
  /** The moment to purge as of (tests, or a dry reasoning about the future). Default now. */
  now?: Date;
}

/** What `purge` removed. */
export interface PurgeReport {
  payloadsDropped: number;
  rowsDeleted: number;
}

const FINISHED = "('done', 'superseded', 'discarded')";

/**
 * Drops finished payloads past `payloadDays`, then deletes finished rows past `dedupeDays` (62 at
 * least: Lucca keeps and may redeliver events for two months, so a key must outlive that). Rows
 * still pending, failing, dead, invalid or unknown are never deleted: they still need someone.
 */
export async function purge(
  store: SqlStore,
  retention: { payloadDays: number; dedupeDays: number },
  options: PurgeOptions = {},
): Promise<PurgeReport> {
  const now = (options.now ?? new Date()).toISOString();
  const dropped = await store.sql.query(
    `UPDATE ${SCHEMA}.delivery SET raw_body = NULL
      WHERE status IN ${FINISHED} AND raw_body IS NOT NULL
        AND received_at < $1::timestamptz - make_interval(days => $2) RETURNING key`,
    [now, retention.payloadDays],
  );
  const deleted = await store.sql.query(
    `DELETE FROM ${SCHEMA}.delivery
      WHERE status IN ${FINISHED} AND received_at < $1::timestamptz - make_interval(days => $2)
      RETURNING key`,
    [now, retention.dedupeDays],
  );
  // A watermark older than any event Lucca may still deliver orders nothing any more.
  await store.sql.query(
    `DELETE FROM ${SCHEMA}.watermark WHERE occurred_at < $1::timestamptz - make_interval(days => $2)`,
    [now, retention.dedupeDays],
  );
  return { payloadsDropped: dropped.length, rowsDeleted: deleted.length };
}
