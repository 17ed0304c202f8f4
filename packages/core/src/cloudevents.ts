import { getHeader, type HeaderSource } from "./header-lookup.js";

// Lucca documents only that an endpoint may choose `contentType: "cloudEvents"`; it does not
// document the envelope mapping, the mode (structured or binary) nor the Content-Type. The mapping
// below is inferred from the CloudEvents 1.0 spec and the Lucca event resource (FACTS §4):
// id ← id, source ← source, type ← topic, time ← occurredAt, data ← data, plus the extensions
// `url`, `apiversion`, `businessestablishment` and `previousattributes` when present. Both modes are
// accepted because real deliveries may use either. `data_base64` is not handled: Lucca data is JSON.

const STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

/**
 * Tells whether a delivery is a CloudEvent: structured mode (`application/cloudevents+json`, or a
 * JSON body with `specversion` and no `topic`) or binary mode (a `ce-specversion` header).
 *
 * @example
 * if (isCloudEvent(request.headers, JSON.parse(rawBody))) console.log("CloudEvents endpoint");
 */
export function isCloudEvent(headers: HeaderSource, body: unknown): boolean {
  if (getHeader(headers, "ce-specversion") !== undefined) return true;
  const contentType = getHeader(headers, "content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType === STRUCTURED_CONTENT_TYPE) return true;
  // Lucca may well send structured events as plain application/json: recognise them by shape.
  return isRecord(body) && typeof body["specversion"] === "string" && !("topic" in body);
}

/**
 * Maps a CloudEvent (structured or binary) to the Lucca event envelope, without validating it:
 * the version's validator decides whether the result is an event. Missing fields stay missing.
 *
 * @example
 * const envelope = fromCloudEvent(request.headers, JSON.parse(rawBody));
 * const result = validateEvent(envelope);
 */
export function fromCloudEvent(headers: HeaderSource, body: unknown): Record<string, unknown> {
  const binary = getHeader(headers, "ce-specversion") !== undefined;
  const attr = (name: string): unknown =>
    binary ? getHeader(headers, `ce-${name}`) : isRecord(body) ? body[name] : undefined;
  const id = attr("id");
  const source = attr("source");
  const envelope: Record<string, unknown> = {
    id,
    type: "event",
    url: attr("url") ?? defaultEventUrl(source, id),
    topic: attr("type"),
    occurredAt: attr("time"),
    source,
    data: binary ? body : isRecord(body) ? body["data"] : undefined,
  };
  const apiVersion = attr("apiversion");
  if (apiVersion !== undefined) envelope["apiVersion"] = apiVersion;
  const establishment = objectAttribute(attr("businessestablishment"));
  if (establishment !== undefined) envelope["businessEstablishment"] = establishment;
  const previous = objectAttribute(attr("previousattributes"));
  if (previous !== undefined) envelope["previousAttributes"] = previous;
  // Undefined members would surface as confusing "must be string" issues; drop them instead.
  for (const key of Object.keys(envelope)) if (envelope[key] === undefined) delete envelope[key];
  return envelope;
}

function defaultEventUrl(source: unknown, id: unknown): string | undefined {
  if (typeof source !== "string" || typeof id !== "string") return undefined;
  return `${source.replace(/\/+$/, "")}/lucca-api/events/${encodeURIComponent(id)}`;
}

// Binary-mode extensions are header strings, so an object extension arrives as JSON text.
function objectAttribute(value: unknown): Record<string, unknown> | null | undefined {
  if (value === null || isRecord(value)) return value;
  if (typeof value !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed === null || isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
