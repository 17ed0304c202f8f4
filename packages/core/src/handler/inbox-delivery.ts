import type { ParseWebhookResult } from "../delivery/parse-webhook.js";
import type { VerifiedDelivery } from "./inbox-port.js";

type Envelope = NonNullable<VerifiedDelivery["envelope"]>;

const lossy = /* @__PURE__ */ new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The durable inbox's record of one authentic delivery, whatever its verdict. A body that is not
 * UTF-8 is kept in `rawBody` with replacement characters; its signature was checked on the bytes.
 */
export function verifiedDelivery<E, U>(
  result: Exclude<
    ParseWebhookResult<E, U>,
    { status: 401 | 408 | 413 } | { reason: "body_unreadable" }
  >,
  bytes: Uint8Array,
  timestamp: string,
): VerifiedDelivery {
  const rawBody =
    "rawBody" in result && result.rawBody !== undefined ? result.rawBody : lossy.decode(bytes);
  if (result.ok)
    return withEnvelope({ rawBody, timestamp, verdict: "valid", issues: [] }, result.event);
  if (result.reason === "invalid_json")
    return { rawBody, timestamp, verdict: "invalid_json", issues: [] };
  if (result.reason === "unknown_topic") {
    return withEnvelope(
      { rawBody, timestamp, verdict: "unknown_topic", issues: result.issues },
      result.event,
    );
  }
  // Binary-mode attributes are unsigned: the signed body alone is not an event.
  const verdict =
    result.reason === "unsigned_cloudevent_attributes" ? "not_an_event" : result.reason;
  return withEnvelope({ rawBody, timestamp, verdict, issues: result.issues }, result.rawEvent);
}

function withEnvelope(delivery: VerifiedDelivery, value: unknown): VerifiedDelivery {
  const envelope = envelopeOf(value);
  // Set on the record built just above rather than spread into a copy: V8 in Node 20 builds a
  // spread with an added key through the runtime, about 1 µs per delivery.
  if (envelope !== undefined) delivery.envelope = envelope;
  return delivery;
}

/** The envelope fields a value holds as strings, or `undefined` when it holds none. */
export function envelopeOf(value: unknown): Envelope | undefined {
  if (!isRecord(value)) return undefined;
  const envelope: Envelope = {};
  for (const key of ["id", "source", "topic", "occurredAt", "url"] as const) {
    const field = value[key];
    if (typeof field === "string") envelope[key] = field;
  }
  const data = value["data"];
  if (isRecord(data)) {
    const resource: NonNullable<Envelope["resource"]> = {};
    for (const key of ["type", "id", "url"] as const) {
      const field = data[key];
      if (typeof field === "string") resource[key] = field;
    }
    if (Object.keys(resource).length > 0) envelope.resource = resource;
  }
  return Object.keys(envelope).length > 0 ? envelope : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
