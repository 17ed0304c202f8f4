import { fromCloudEvent, isCloudEvent } from "../delivery/cloudevents.js";
import type { ValidationIssue } from "../errors/lucca-events-errors.js";
import type { EventValidator, ValidateEventResult } from "../validation/validation-result.js";

/** A stored body read back: its validation result, or why it is not JSON. */
export type StoredEventResult<E, U> =
  ValidateEventResult<E, U> | { ok: false; reason: "invalid_json"; issues: ValidationIssue[] };

/**
 * Re-reads a stored body with a version's validator. Structured CloudEvents are unwrapped as the
 * webhook pipeline does; binary-mode CloudEvents keep their attributes in headers, which a stored
 * body does not carry, so they come back as invalid and stay kept.
 */
export function readStoredEvent<E, U>(
  rawBody: string,
  validateEvent: EventValidator<E, U>,
): StoredEventResult<E, U> {
  let payload: unknown;
  try {
    const json = rawBody.charCodeAt(0) === 0xfeff ? rawBody.slice(1) : rawBody;
    // Same rule as parseWebhook: `__proto__` keys are dropped so no later merge can pollute.
    payload = JSON.parse(json, (key, value: unknown) => (key === "__proto__" ? undefined : value));
  } catch {
    return { ok: false, reason: "invalid_json", issues: [] };
  }
  if (isCloudEvent({}, payload)) payload = fromCloudEvent({}, payload);
  return validateEvent(payload);
}
