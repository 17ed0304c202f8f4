import type { ValidationIssue } from "../errors/lucca-events-errors.js";
import type { ValidationFailureReason } from "../validation/validation-result.js";

/**
 * The contract between a version's webhook handler and a durable inbox (`@lucca-events/inbox`).
 * Lucca's "Receive events" page asks receivers to save each event, answer 202, then process it:
 * the handler verifies the signature, validates, and hands the delivery to `accept`, answering 202
 * only once `accept` resolved (the delivery is committed) and 503 when it rejects (Lucca retries).
 */
export interface InboxReceiver {
  /** Stores one authentic delivery durably; `duplicate` when its key was stored before. */
  accept(delivery: VerifiedDelivery): Promise<{ duplicate: boolean }>;
}

/** An authentic delivery (its signature verified), whatever its validation verdict. */
export interface VerifiedDelivery {
  /** The signed body exactly as received, decoded as UTF-8. */
  rawBody: string;
  /** The verified `Lucca-Timestamp` header value. */
  timestamp: string;
  /** `valid`, or why the event is kept without being processed. */
  verdict: "valid" | ValidationFailureReason | "invalid_json";
  /** Validation issues, empty when valid. */
  issues: ValidationIssue[];
  /** Envelope fields, when the body has them as strings (also for invalid events). */
  envelope?: {
    id?: string;
    source?: string;
    topic?: string;
    occurredAt?: string;
    url?: string;
    /** `data.type` and `data.id`, or `data.url`: what orders events about one resource. */
    resource?: { type?: string; id?: string; url?: string };
  };
}
