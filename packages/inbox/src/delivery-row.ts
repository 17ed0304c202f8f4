import { createHash } from "node:crypto";
import { deliveryKey, type VerifiedDelivery } from "@lucca-events/core";

/** Where a delivery stands; the UI and the CLI list these. */
export type DeliveryStatus =
  "pending" | "done" | "failed" | "dead" | "invalid" | "unknown" | "superseded" | "discarded";

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  "pending",
  "done",
  "failed",
  "dead",
  "invalid",
  "unknown",
  "superseded",
  "discarded",
];

/** How a delivery reached the inbox. */
export type DeliveryOrigin = "webhook" | "api";

/** A delivery about to be stored. */
export interface NewDelivery {
  key: string;
  jobId: string;
  status: DeliveryStatus;
  verdict: string;
  issues: unknown[];
  origin: DeliveryOrigin;
  source: string | null;
  eventId: string | null;
  topic: string | null;
  resource: string;
  occurredAt: string | null;
  signedAt: string | null;
  rawBody: string;
}

/**
 * The row for a verified delivery, keyed by core's `deliveryKey` (Lucca's `source` and `id`, or
 * the body's digest). The resource orders events: its `url`, else its type and id in its tenant.
 */
export async function rowOf(
  delivery: VerifiedDelivery,
  origin: DeliveryOrigin,
): Promise<NewDelivery> {
  const envelope = delivery.envelope ?? {};
  const { source, id } = envelope;
  const key = await deliveryKey(delivery);
  const resource = envelope.resource ?? {};
  const ordering =
    resource.url ??
    (resource.type !== undefined && resource.id !== undefined
      ? JSON.stringify([source ?? "", resource.type, resource.id])
      : key);
  return {
    key,
    jobId: jobIdOf(key),
    status: statusOfVerdict(delivery.verdict),
    verdict: delivery.verdict,
    issues: delivery.issues,
    origin,
    source: source ?? null,
    eventId: id ?? null,
    topic: envelope.topic ?? null,
    resource: ordering,
    occurredAt: rfc3339OrNull(envelope.occurredAt),
    signedAt: delivery.timestamp,
    rawBody: delivery.rawBody,
  };
}

/** A stored verdict's status before processing. */
export function statusOfVerdict(verdict: string): DeliveryStatus {
  if (verdict === "valid") return "pending";
  return verdict === "unknown_topic" ? "unknown" : "invalid";
}

/**
 * A UUID derived from the key (version 8, "custom", RFC 9562 §5.8), so pg-boss itself also refuses
 * a second job for one delivery.
 */
export function jobIdOf(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// RFC 3339 §5.6 date-time; anything else (an invalid event's field) is not used for ordering.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function rfc3339OrNull(value: string | undefined): string | null {
  return value !== undefined && RFC3339.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : null;
}
