import { TIMESTAMP_HEADER, type VerifiedDelivery } from "@lucca-events/core";
import type { HeaderSource } from "@lucca-events/core";
import type { parseWebhook } from "@lucca-events/2024-11-01";
import { envelopeOf } from "../../../packages/inbox/src/envelope-of.js";

type ParseResult = Awaited<ReturnType<typeof parseWebhook>>;

/**
 * The delivery the webhook handler hands to `inbox.accept` (core's handler builds the same):
 * every authentic body, valid or not; `undefined` for what is not authentic (401, 413) or not text.
 */
export function deliveryOf(
  result: ParseResult,
  headers: HeaderSource,
): VerifiedDelivery | undefined {
  const timestamp = headerOf(headers, TIMESTAMP_HEADER) ?? "";
  if (result.ok) {
    return {
      rawBody: result.rawBody,
      timestamp,
      verdict: "valid",
      issues: [],
      envelope: envelopeOf(result.event),
    };
  }
  if (result.status === 401 || result.status === 408 || result.status === 413) return undefined;
  if (result.reason === "body_unreadable" || result.reason === "unsigned_cloudevent_attributes") {
    return undefined;
  }
  if (result.reason === "invalid_json") {
    if (result.rawBody === undefined) return undefined;
    return { rawBody: result.rawBody, timestamp, verdict: "invalid_json", issues: [] };
  }
  const value = result.reason === "unknown_topic" ? result.event : result.rawEvent;
  return {
    rawBody: result.rawBody,
    timestamp,
    verdict: result.reason,
    issues: result.issues,
    envelope: envelopeOf(value),
  };
}

function headerOf(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
