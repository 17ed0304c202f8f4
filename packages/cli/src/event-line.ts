import type { LuccaPolledEvent } from "./lucca-version.js";

/** One event as a text line: when, topic, id, and whether it validates. */
export function eventLine(polled: LuccaPolledEvent): string {
  const raw = (polled.raw ?? {}) as Record<string, unknown>;
  const field = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "?");
  const verdict = polled.ok
    ? "valid"
    : polled.reason === "unknown_topic"
      ? "unknown topic"
      : `invalid (${polled.reason}${polled.issues[0] ? `: ${polled.issues[0].instancePath || "/"} ${polled.issues[0].message}` : ""})`;
  return `${field("occurredAt")}  ${field("topic")}  ${field("id")}  ${verdict}`;
}

/** One event as JSON: the validation verdict next to the event as listed. */
export function eventJson(polled: LuccaPolledEvent): Record<string, unknown> {
  return polled.ok
    ? { valid: true, event: polled.raw }
    : { valid: false, reason: polled.reason, issues: polled.issues, event: polled.raw };
}
