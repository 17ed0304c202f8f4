import type { ValidationIssue } from "../errors/lucca-events-errors.js";
import type { HmacEngine } from "../signature/hmac-engine.js";
import type { SignedBody } from "../signature/raw-body.js";
import {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  checkSignature,
  type SignatureConfig,
  type VerifySignatureResult,
} from "../signature/verify-signature.js";
import type { EventValidator } from "../validation/validation-result.js";
import {
  fromCloudEvent,
  hasBinaryCloudEventAttributes,
  isStructuredCloudEvent,
} from "./cloudevents.js";
import { getHeader, type HeaderSource } from "./header-lookup.js";
import { failureStatus } from "./outcomes.js";
import type { DeliveryConfig } from "./parse-options.js";
import type { ParseWebhookFailure, ParseWebhookResult } from "./parse-webhook.js";
import type { ReadBodyFailure } from "./read-body.js";
import { MAX_JSON_DEPTH, parseJsonSafely } from "./safe-json.js";

/** The verify → decode → unwrap → validate steps, on options checked beforehand. */
export interface DeliveryPipeline<E, U> {
  /**
   * Runs every step on a body already read; `signature` may be a tenant's own keys; text must be
   * well-formed (it is then its own UTF-8 decoding). Synchronous when the HMAC engine is: the
   * caller decides whether a promise is needed. Throws only {@link ConfigurationError}.
   */
  parse(
    config: DeliveryConfig,
    body: SignedBody,
    headers: HeaderSource,
    signature: SignatureConfig,
  ): ParseWebhookResult<E, U> | Promise<ParseWebhookResult<E, U>>;
  /** The failure for a body that could not be read. */
  bodyFailure(read: { reason: ReadBodyFailure }, config: DeliveryConfig): ParseWebhookFailure<U>;
}

const BINARY_MODE_MESSAGE =
  "unsigned_cloudevent_attributes: a binary-mode CloudEvent carries its topic, id and source in " +
  "ce-* headers, which Lucca-Signature does not cover; only structured mode (the whole event in " +
  "the body) is accepted unless acceptUnsignedCloudEventAttributes is set";

/** Builds the pipeline for one HMAC engine and one version's validator. */
export function createDeliveryPipeline<E, U>(
  hmac: HmacEngine,
  validateEvent: EventValidator<E, U>,
): DeliveryPipeline<E, U> {
  return {
    parse(config, body, headers, signature) {
      const verified = checkSignature(
        hmac,
        signature,
        body,
        getHeader(headers, SIGNATURE_HEADER),
        getHeader(headers, TIMESTAMP_HEADER),
      );
      if (!("then" in verified))
        return afterVerify(verified, hmac, config, body, headers, validateEvent);
      return verified.then((result) =>
        afterVerify(result, hmac, config, body, headers, validateEvent),
      );
    },
    bodyFailure(read, config) {
      if (read.reason === "body_too_large") {
        const message = `body exceeds ${config.maxBodyBytes} bytes`;
        return { ok: false, reason: "body_too_large", status: 413, message };
      }
      if (read.reason === "body_timeout") {
        const message = `body did not arrive within ${config.bodyTimeoutMs} ms`;
        return { ok: false, reason: "body_timeout", status: 408, message };
      }
      const message =
        read.reason === "client_aborted" ? "the client closed the connection" : "body read failed";
      return { ok: false, reason: "body_unreadable", status: 400, message };
    },
  };
}

// After the signature check: a rejected delivery stops here, an authentic one is decoded.
function afterVerify<E, U>(
  verified: VerifySignatureResult,
  hmac: HmacEngine,
  config: DeliveryConfig,
  body: SignedBody,
  headers: HeaderSource,
  validateEvent: EventValidator<E, U>,
): ParseWebhookResult<E, U> {
  if (!verified.ok) {
    return { ok: false, reason: verified.reason, status: 401, message: verified.message };
  }
  const rawBody = typeof body === "string" ? body : hmac.decodeUtf8(body);
  if (rawBody === undefined) {
    return { ok: false, reason: "invalid_json", status: 400, message: "body is not valid UTF-8" };
  }
  const parsed = parseJsonSafely(rawBody);
  if (!parsed.ok) {
    const message =
      parsed.reason === "too_deep"
        ? `body nests deeper than ${MAX_JSON_DEPTH} levels`
        : "body is not valid JSON";
    return { ok: false, reason: "invalid_json", status: 400, message, rawBody };
  }
  let payload = parsed.value;
  // After verification, and from the signed body only unless the receiver opted in: headers are
  // not signed, so they never decide what an event is in the default mode.
  if (config.contentMode === "cloudEvents") {
    if (isStructuredCloudEvent(payload)) payload = fromCloudEvent({}, payload);
    else if (hasBinaryCloudEventAttributes(headers)) {
      if (!config.acceptUnsignedCloudEventAttributes) {
        const issues: ValidationIssue[] = [
          { instancePath: "", keyword: "signature", message: BINARY_MODE_MESSAGE, params: {} },
        ];
        const reason = "unsigned_cloudevent_attributes";
        return {
          ok: false,
          reason,
          status: 400,
          message: BINARY_MODE_MESSAGE,
          issues,
          rawEvent: payload,
          rawBody,
        };
      }
      payload = fromCloudEvent(headers, payload);
    }
  }

  const result = validateEvent(payload);
  if (result.ok) return { ok: true, event: result.event, rawBody };
  const message = describeIssues(result.reason, result.issues);
  // Literals, not `{ ...result, … }`: V8 in Node 20 builds a spread with added keys through its
  // runtime, about a microsecond each.
  const { reason, issues } = result;
  if (reason === "unknown_topic") {
    const status = failureStatus(reason);
    return { ok: false, reason, issues, event: result.event, status, message, rawBody };
  }
  return { ok: false, reason, issues, status: 400, message, rawEvent: payload, rawBody };
}

function describeIssues(reason: string, issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (first === undefined) return reason;
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : "";
  return `${reason}: ${first.instancePath || "/"} ${first.message}${more}`;
}
