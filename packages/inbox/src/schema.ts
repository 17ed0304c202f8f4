import type { SqlStore } from "./store/sql-store.js";

/** Our schema; pg-boss gets its own beside it. */
export const SCHEMA = "lucca_inbox";
export const BOSS_SCHEMA = "lucca_inbox_jobs";
/** The queue of deliveries to process (ordered per resource) and its dead-letter queue. */
export const QUEUE = "lucca-deliveries";
export const DEAD_LETTER_QUEUE = "lucca-deliveries-dead";

// `delivery` is the permanent dedupe record (Lucca dedupes by `source` and `id`, and keeps events
// two months: rows stay at least 62 days) and the operator's view; `watermark` keeps, per resource,
// the newest `occurredAt` processed, since the queue orders by arrival, not by `occurredAt`.
const DDL = `
CREATE SCHEMA IF NOT EXISTS ${SCHEMA};
CREATE TABLE IF NOT EXISTS ${SCHEMA}.delivery (
  key text PRIMARY KEY,
  job_id uuid NOT NULL,
  status text NOT NULL,
  verdict text NOT NULL,
  issues jsonb NOT NULL DEFAULT '[]',
  origin text NOT NULL,
  source text,
  event_id text,
  topic text,
  resource text NOT NULL,
  occurred_at timestamptz,
  signed_at text,
  raw_body text,
  received_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX IF NOT EXISTS delivery_status_received ON ${SCHEMA}.delivery (status, received_at);
CREATE INDEX IF NOT EXISTS delivery_received ON ${SCHEMA}.delivery (received_at);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.watermark (
  resource text PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  key text NOT NULL
);`;

/** Creates our tables once; concurrent openers on one server wait on an advisory lock. */
export async function migrate(store: SqlStore): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [SCHEMA]);
    for (const statement of DDL.split(";").filter((part) => part.trim() !== "")) {
      await tx.query(statement);
    }
  });
}
