import { fromCloudEvent, isCloudEvent } from "../delivery/cloudevents.js";
import { parseJsonSafely } from "../delivery/safe-json.js";
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
  // The webhook pipeline's own parser: the same unsafe keys dropped, the same depth limit.
  const parsed = parseJsonSafely(rawBody);
  if (!parsed.ok) return { ok: false, reason: "invalid_json", issues: [] };
  let payload = parsed.value;
  if (isCloudEvent({}, payload)) payload = fromCloudEvent({}, payload);
  return validateEvent(payload);
}
