import { fromCloudEvent, isCloudEvent } from "./cloudevents.js";
import { ConfigurationError, type ValidationIssue } from "./errors.js";
import { getHeader, type HeaderSource } from "./header-lookup.js";
import { assertParseOptions, type ParseWebhookOptions } from "./parse-options.js";
import { DEFAULT_MAX_BODY_BYTES, bytesOfBody, readRequestBody } from "./read-body.js";
import type { EventValidator } from "./validation.js";
import {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
  type SignatureFailureReason,
  type VerifySignatureOptions,
  type VerifySignatureResult,
} from "./verify-signature.js";

export type { ParseWebhookOptions } from "./parse-options.js";

/** A delivery: a Fetch `Request`, or a raw body with its headers (Fetch or Node style). */
export type WebhookInput =
  Request | { body: string | Uint8Array | ArrayBuffer; headers: HeaderSource };

/**
 * Why a delivery was not accepted, with the HTTP status to answer Lucca. No reason maps to 404 or
 * 410: Lucca suspends an endpoint at once on those (FACTS §3).
 */
export type ParseWebhookFailure<U> =
  | { ok: false; reason: "body_too_large"; status: 413; message: string }
  | { ok: false; reason: SignatureFailureReason; status: 401; message: string }
  | { ok: false; reason: "invalid_json"; status: 400; message: string; rawBody?: string }
  | {
      ok: false;
      reason: "not_an_event" | "schema_mismatch" | "api_version_mismatch";
      status: 400;
      message: string;
      issues: ValidationIssue[];
      /** The parsed (and CloudEvents-unwrapped) value that failed validation. */
      rawEvent: unknown;
      rawBody: string;
    }
  | {
      ok: false;
      reason: "unknown_topic";
      // Accepted: a topic newer than this package must not make Lucca retry or suspend.
      status: 202;
      message: string;
      issues: ValidationIssue[];
      event: U;
      rawBody: string;
    };

/** What `parseWebhook` resolves to; it never rejects because of the delivery itself. */
export type ParseWebhookResult<E, U> =
  { ok: true; event: E; rawBody: string } | ParseWebhookFailure<U>;

/** A version's bound `parseWebhook`. */
export type ParseWebhook<E, U> = (
  input: WebhookInput,
  options: ParseWebhookOptions,
) => Promise<ParseWebhookResult<E, U>>;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The signature check the pipeline runs; each entry point passes its fastest HMAC engine. */
export type SignatureVerifier = (options: VerifySignatureOptions) => Promise<VerifySignatureResult>;

/** Builds `createParseWebhook` on a signature verifier (Web Crypto here, node:crypto for Node). */
export function createParseWebhookFactory(verify: SignatureVerifier) {
  return function createParseWebhook<E, U>(
    validateEvent: EventValidator<E, U>,
  ): ParseWebhook<E, U> {
    return async function parseWebhook(input, options) {
      assertParseOptions(options, "parseWebhook()");
      const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      if (isRequest(input) && input.bodyUsed) {
        throw new ConfigurationError(
          "parseWebhook() needs an unread Request: its body was already read.",
        );
      }
      const headers: HeaderSource = input.headers;
      const read = isRequest(input)
        ? await readRequestBody(input, maxBytes)
        : bytesOfBody(input.body, maxBytes);
      if (!read.ok) {
        return {
          ok: false,
          reason: "body_too_large",
          status: 413,
          message: `body exceeds ${maxBytes} bytes`,
        };
      }
      const verified = await verify({
        body: read.bytes,
        signature: getHeader(headers, SIGNATURE_HEADER),
        timestamp: getHeader(headers, TIMESTAMP_HEADER),
        secret: options.secret,
        toleranceSeconds: options.toleranceSeconds,
        now: options.now,
      });
      if (!verified.ok)
        return { ok: false, reason: verified.reason, status: 401, message: verified.message };
      return decodeAndValidate(read.bytes, headers, validateEvent);
    };
  };
}

/**
 * Binds the verify → decode → unwrap → validate pipeline to one API version's validator.
 * Never rejects because of the delivery; throws {@link ConfigurationError} for bad options.
 *
 * @example
 * const parseWebhook = createParseWebhook(validateEvent);
 * const result = await parseWebhook(request, { secret: process.env.LUCCA_SECRET! });
 * if (result.ok) await queue.push(result.event);
 * return new Response(null, { status: result.ok ? 202 : result.status });
 */
export const createParseWebhook = createParseWebhookFactory(verifySignature);

function decodeAndValidate<E, U>(
  bytes: Uint8Array,
  headers: HeaderSource,
  validateEvent: EventValidator<E, U>,
): ParseWebhookResult<E, U> {
  let rawBody: string;
  let payload: unknown;
  try {
    rawBody = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: "invalid_json", status: 400, message: "body is not valid UTF-8" };
  }
  try {
    payload = parseJson(rawBody);
  } catch {
    return {
      ok: false,
      reason: "invalid_json",
      status: 400,
      message: "body is not valid JSON",
      rawBody,
    };
  }
  // After verification: the signature covers the raw body whatever the envelope format.
  if (isCloudEvent(headers, payload)) payload = fromCloudEvent(headers, payload);

  const result = validateEvent(payload);
  if (result.ok) return { ok: true, event: result.event, rawBody };
  const message = describeIssues(result.reason, result.issues);
  if (result.reason === "unknown_topic") return { ...result, status: 202, message, rawBody };
  return { ...result, status: 400, message, rawEvent: payload, rawBody };
}

// Duck-typed so a Request from another realm or a polyfill is read as a stream, not as raw bytes.
function isRequest(input: WebhookInput): input is Request {
  return typeof (input as Partial<Request>).clone === "function";
}

// A leading BOM is tolerated (RFC 8259 §8.1 allows it) while rawBody keeps the exact signed text.
// The reviver drops `__proto__` keys so no later merge or `Object.assign` by the caller can turn
// the payload into prototype pollution. It costs a call per value (20× JSON.parse on a large
// array), so it runs only when the text could hold that key: literally, or spelled with a `\u`.
const MAY_HOLD_PROTO_KEY = /__proto__|\\u/;

function parseJson(text: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!MAY_HOLD_PROTO_KEY.test(json)) return JSON.parse(json);
  return JSON.parse(json, (key, value: unknown) => (key === "__proto__" ? undefined : value));
}

function describeIssues(reason: string, issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (first === undefined) return reason;
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : "";
  return `${reason}: ${first.instancePath || "/"} ${first.message}${more}`;
}
