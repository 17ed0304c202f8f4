import { eventKey } from "../validation/event-helpers.js";
import type { VerifiedDelivery } from "../handler/inbox-port.js";

/**
 * A delivery's dedupe key: Lucca's (`source`, `id`) as `eventKey` joins them, or, for an authentic
 * body without them (not JSON, not an event), `sha256:` and the body's digest, so an identical
 * retry still dedupes. Every store keys deliveries this way.
 */
export async function deliveryKey(delivery: VerifiedDelivery): Promise<string> {
  const { source, id } = delivery.envelope ?? {};
  if (source !== undefined && id !== undefined) return eventKey({ source, id });
  const bytes = new TextEncoder().encode(delivery.rawBody);
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `sha256:${Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
