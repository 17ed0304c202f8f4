import { DELIVERY_STATUSES, type DeliveryStatus } from "./delivery-row.js";
import { InboxError } from "./inbox-error.js";
import { SCHEMA } from "./schema.js";
import type { SqlStore } from "./store/sql-store.js";

/** Deliveries per status, every status present. */
export type StatusCounts = Record<DeliveryStatus, number>;

/** One row of `list`. */
export interface DeliverySummary {
  key: string;
  status: DeliveryStatus;
  verdict: string;
  topic: string | null;
  source: string | null;
  eventId: string | null;
  resource: string;
  occurredAt: string | null;
  receivedAt: string;
  processedAt: string | null;
  attempts: number;
  lastError: string | null;
  origin: string;
}

/** `show`: a summary with the payload and its validation issues. */
export interface DeliveryDetail extends DeliverySummary {
  issues: unknown[];
  /** The Lucca-Timestamp the signature covered (empty for events caught up from the API). */
  signedAt: string | null;
  /** The signed body, `null` once purged. */
  rawBody: string | null;
}

/** Filters of `list`. */
export interface ListOptions {
  status?: DeliveryStatus;
  topic?: string;
  /** Default 100, at most 1000. */
  limit?: number;
}

const COLUMNS = `key, status, verdict, topic, source, event_id, resource, occurred_at, received_at,
  processed_at, attempts, last_error, origin`;

export async function statusCounts(store: SqlStore): Promise<StatusCounts> {
  const rows = await store.sql.query<{ status: DeliveryStatus; count: string | number }>(
    `SELECT status, count(*) AS count FROM ${SCHEMA}.delivery GROUP BY status`,
  );
  const counts = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0]));
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts as StatusCounts;
}

export async function listDeliveries(
  store: SqlStore,
  options: ListOptions = {},
): Promise<DeliverySummary[]> {
  if (options.status !== undefined && !DELIVERY_STATUSES.includes(options.status)) {
    throw new InboxError("invalid_options", `unknown status ${JSON.stringify(options.status)}`);
  }
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  const rows = await store.sql.query(
    `SELECT ${COLUMNS} FROM ${SCHEMA}.delivery
      WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR topic = $2)
      ORDER BY received_at DESC, key LIMIT $3`,
    [options.status ?? null, options.topic ?? null, limit],
  );
  return rows.map(summaryOf);
}

export async function showDelivery(store: SqlStore, key: string): Promise<DeliveryDetail> {
  const [row] = await store.sql.query(
    `SELECT ${COLUMNS}, issues, signed_at, raw_body FROM ${SCHEMA}.delivery WHERE key = $1`,
    [key],
  );
  if (row === undefined) throw new InboxError("not_found", `no delivery has the key ${key}`);
  return {
    ...summaryOf(row),
    issues: row["issues"] as unknown[],
    signedAt: row["signed_at"] as string | null,
    rawBody: row["raw_body"] as string | null,
  };
}

function summaryOf(row: Record<string, unknown>): DeliverySummary {
  return {
    key: row["key"] as string,
    status: row["status"] as DeliveryStatus,
    verdict: row["verdict"] as string,
    topic: row["topic"] as string | null,
    source: row["source"] as string | null,
    eventId: row["event_id"] as string | null,
    resource: row["resource"] as string,
    occurredAt: iso(row["occurred_at"]),
    receivedAt: iso(row["received_at"]) ?? "",
    processedAt: iso(row["processed_at"]),
    attempts: Number(row["attempts"]),
    lastError: row["last_error"] as string | null,
    origin: row["origin"] as string,
  };
}

function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return new Date(value as string | Date).toISOString();
}
