import { SCHEMA } from "./schema.js";
import type { Sql } from "./store/sql-store.js";

/** How one delivery's job ended, to be recorded. */
export interface Finish {
  key: string;
  attempt: number;
  status: string;
  issues: unknown[];
}

/** What a job needs of its delivery's row. */
export interface StoredRow {
  key: string;
  raw_body: string | null;
  processed_at: Date | null;
  status: string;
  superseded: boolean | null;
}

// Keys and outcomes travel as one JSON parameter: the same statement then runs on PGlite and on
// node-postgres, whatever either does with array parameters.

/** Reads the rows of a batch's deliveries, with whether a newer event of their resource ran. */
export async function loadRows(sql: Sql, keys: readonly string[]): Promise<Map<string, StoredRow>> {
  const rows = await sql.query<StoredRow>(
    `SELECT d.key, d.raw_body, d.processed_at, d.status, w.occurred_at > d.occurred_at AS superseded
       FROM ${SCHEMA}.delivery d LEFT JOIN ${SCHEMA}.watermark w ON w.resource = d.resource
      WHERE d.key IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(keys)],
  );
  return new Map(rows.map((row) => [row.key, row]));
}

/**
 * Records a batch's outcomes and raises the watermark of each processed event's resource: one
 * statement (so one round trip, atomic without a transaction of its own), in the job's
 * transaction when there is one.
 */
export async function finishAll(sql: Sql, finishes: readonly Finish[]): Promise<void> {
  if (finishes.length === 0) return;
  await sql.query(
    `WITH finished AS (
       UPDATE ${SCHEMA}.delivery d
          SET status = f.status, attempts = f.attempt, processed_at = now(), last_error = NULL,
              issues = CASE WHEN f.status = 'done' THEN d.issues ELSE f.issues END
         FROM jsonb_to_recordset($1::jsonb) AS f(key text, status text, attempt int, issues jsonb)
        WHERE d.key = f.key
       RETURNING d.key, d.resource, d.occurred_at, f.status
     )
     INSERT INTO ${SCHEMA}.watermark (resource, occurred_at, key)
     SELECT DISTINCT ON (resource) resource, occurred_at, key
       FROM finished
      WHERE status = 'done' AND occurred_at IS NOT NULL
      ORDER BY resource, occurred_at DESC
     ON CONFLICT (resource) DO UPDATE SET occurred_at = EXCLUDED.occurred_at, key = EXCLUDED.key
       WHERE ${SCHEMA}.watermark.occurred_at < EXCLUDED.occurred_at`,
    [JSON.stringify(finishes)],
  );
}
