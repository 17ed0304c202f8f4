import { randomUUID } from "node:crypto";
import { readStoredEvent, type EventValidator } from "@lucca-events/core";
import { enqueue, type InboxParts } from "./accept.js";
import { envelopeOf } from "./envelope-of.js";
import { SCHEMA } from "./schema.js";

/** A version package's `validateEvent`. */
export type Revalidator = EventValidator<unknown, unknown>;

/** What `revalidate` did. */
export interface RevalidateReport {
  checked: number;
  /** Now valid: queued for processing. */
  queued: number;
  /** Still invalid or unknown (their issues refreshed). */
  kept: number;
}

/**
 * Re-checks every kept invalid or unknown delivery with `validateEvent` (typically after upgrading
 * the version package) and queues those that now validate, each in its own transaction.
 */
export async function revalidate(
  parts: InboxParts,
  validateEvent: Revalidator,
): Promise<RevalidateReport> {
  const rows = await parts.store.sql.query<{ key: string; raw_body: string }>(
    `SELECT key, raw_body FROM ${SCHEMA}.delivery
      WHERE status IN ('invalid', 'unknown') AND raw_body IS NOT NULL ORDER BY received_at`,
  );
  const report: RevalidateReport = { checked: rows.length, queued: 0, kept: 0 };
  for (const row of rows) {
    const result = readStoredEvent(row.raw_body, validateEvent);
    if (!result.ok) {
      const status = result.reason === "unknown_topic" ? "unknown" : "invalid";
      await parts.store.sql.query(
        `UPDATE ${SCHEMA}.delivery SET status = $2, verdict = $3, issues = $4::jsonb WHERE key = $1`,
        [row.key, status, result.reason, JSON.stringify(result.issues)],
      );
      report.kept++;
      continue;
    }
    const envelope = envelopeOf(result.event);
    const jobId = randomUUID();
    await parts.store.transaction(async (tx) => {
      const [updated] = await tx.query<{ resource: string }>(
        `UPDATE ${SCHEMA}.delivery
            SET status = 'pending', verdict = 'valid', issues = '[]'::jsonb, processed_at = NULL,
                job_id = $2, topic = $3, occurred_at = COALESCE($4::timestamptz, occurred_at)
          WHERE key = $1 RETURNING resource`,
        [row.key, jobId, envelope.topic ?? null, envelope.occurredAt ?? null],
      );
      if (updated !== undefined) await enqueue(parts, tx, row.key, jobId, updated.resource);
    });
    report.queued++;
  }
  return report;
}
