import { getHeader, type HeaderSource } from "./header-lookup.js";
import { parseJsonSafely } from "./safe-json.js";

// Lucca documents only that an endpoint may choose `contentType: "cloudEvents"` (webhook-endpoint
// resource page); it documents neither the envelope mapping, the mode (structured or binary) nor
// the Content-Type. The mapping below is inferred from the CloudEvents 1.0 specification and
// Lucca's "Event" resource page: id ← id, source ← source, type ← topic, time ← occurredAt,
// data ← data, plus the extensions `url`, `apiversion`, `businessestablishment` and
// `previousattributes` when present. `data_base64` is not handled: Lucca data is JSON.
//
// Only the structured mode keeps every attribute inside the signed body. In binary mode the
// attributes travel as `ce-*` headers, which `Lucca-Signature` does not cover (Lucca's "Validate a
// webhook" page: the signed message is the timestamp and the body), so the parser refuses it
// unless the receiver explicitly accepts unsigned attributes.

/** Tells whether a parsed body is a structured-mode CloudEvent (it carries `specversion`). */
export function isStructuredCloudEvent(body: unknown): body is Record<string, unknown> {
  return isRecord(body) && typeof body["specversion"] === "string";
}

/** Tells whether the headers carry binary-mode CloudEvent attributes (`ce-specversion`). */
export function hasBinaryCloudEventAttributes(headers: HeaderSource): boolean {
  return getHeader(headers, "ce-specversion") !== undefined;
}

/**
 * Tells whether a delivery is a CloudEvent: a structured-mode body, or binary-mode headers. Only
 * meaningful for an endpoint whose `contentType` is `cloudEvents`.
 *
 * @example
 * if (isCloudEvent(request.headers, JSON.parse(rawBody))) console.log("CloudEvents delivery");
 */
export function isCloudEvent(headers: HeaderSource, body: unknown): boolean {
  return isStructuredCloudEvent(body) || hasBinaryCloudEventAttributes(headers);
}

/**
 * Maps a CloudEvent to the Lucca event envelope, without validating it: the version's validator
 * decides whether the result is an event. A structured-mode body is read alone; otherwise the
 * attributes come from `ce-*` headers, which are not signed. Missing fields stay missing.
 *
 * @example
 * const envelope = fromCloudEvent(request.headers, JSON.parse(rawBody));
 * const result = validateEvent(envelope);
 */
export function fromCloudEvent(headers: HeaderSource, body: unknown): Record<string, unknown> {
  const structured = isStructuredCloudEvent(body);
  const attr = (name: string): unknown =>
    structured ? body[name] : getHeader(headers, `ce-${name}`);
  const id = attr("id");
  const source = attr("source");
  const envelope: Record<string, unknown> = {
    id,
    type: "event",
    url: attr("url") ?? defaultEventUrl(source, id),
    topic: attr("type"),
    occurredAt: attr("time"),
    source,
    data: structured ? body["data"] : body,
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

// Binary-mode extensions are header strings, so an object extension arrives as JSON text; it goes
// through the same safe parser as bodies.
function objectAttribute(value: unknown): Record<string, unknown> | null | undefined {
  if (value === null || isRecord(value)) return value;
  if (typeof value !== "string") return undefined;
  const parsed = parseJsonSafely(value);
  if (!parsed.ok) return undefined;
  return parsed.value === null || isRecord(parsed.value) ? parsed.value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
