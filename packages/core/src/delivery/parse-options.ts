import { ConfigurationError } from "../errors/lucca-events-errors.js";
import type { SecretInput } from "../signature/signature-options.js";
import { readSignatureConfig, type SignatureConfig } from "../signature/verify-signature.js";
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "./read-body.js";

/**
 * The endpoint's `contentType`, as set on Lucca's webhook-endpoint resource: `"default"` (a Lucca
 * event as the JSON body) or `"cloudEvents"`.
 */
export type ContentMode = "default" | "cloudEvents";

/** Options shared by `parseWebhook` and `createWebhookHandler`. */
export interface ParseWebhookOptions {
  /**
   * The endpoint secret, or several during a rotation (any one may match). A string's UTF-8 bytes
   * are the key, as in Lucca's samples; pass a `Uint8Array` to use other key bytes.
   */
  secret: SecretInput;
  /** Largest accepted |now − timestamp|, in seconds (default 300, as Lucca documents). */
  toleranceSeconds?: number;
  /** Clock returning epoch milliseconds, for tests; default `Date.now`. */
  now?: () => number;
  /** Deliveries larger than this many bytes are refused before hashing (default 1 MiB). */
  maxBodyBytes?: number;
  /** A body still arriving after this many milliseconds is answered 408 (default 1000). */
  bodyTimeoutMs?: number;
  /**
   * The endpoint's `contentType` (default `"default"`). Only in `"cloudEvents"` mode is the body
   * read as a CloudEvent; `ce-*` headers and `application/cloudevents+json` mean nothing otherwise.
   */
  contentMode?: ContentMode;
  /**
   * In `"cloudEvents"` mode, accept binary-mode deliveries, whose `ce-*` attribute headers (topic,
   * id, source, url) are NOT covered by `Lucca-Signature`: anyone replaying a signed body within the
   * tolerance can rewrite them. Off by default: binary mode is refused with
   * `unsigned_cloudevent_attributes`.
   */
  acceptUnsignedCloudEventAttributes?: boolean;
}

/** Options read and checked once; the pipeline runs on this. */
export interface ParseConfig {
  signature: SignatureConfig;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  contentMode: ContentMode;
  acceptUnsignedCloudEventAttributes: boolean;
}

/** The checked options besides the signature's: a handler may resolve the secret per request. */
export type DeliveryConfig = Omit<ParseConfig, "signature">;

/** Reads and checks everything but the secret, the tolerance and the clock. */
export function readDeliveryOptions(options: Omit<ParseWebhookOptions, "secret">): DeliveryConfig {
  const { contentMode = "default", acceptUnsignedCloudEventAttributes = false } = options;
  if (contentMode !== "default" && contentMode !== "cloudEvents") {
    throw new ConfigurationError(
      `contentMode must be "default" or "cloudEvents" (the endpoint's contentType), got ${String(contentMode)}.`,
    );
  }
  if (typeof acceptUnsignedCloudEventAttributes !== "boolean") {
    throw new ConfigurationError("acceptUnsignedCloudEventAttributes must be a boolean.");
  }
  return {
    maxBodyBytes: positiveInteger(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, "maxBodyBytes"),
    bodyTimeoutMs: positiveInteger(options.bodyTimeoutMs, DEFAULT_BODY_TIMEOUT_MS, "bodyTimeoutMs"),
    contentMode,
    acceptUnsignedCloudEventAttributes,
  };
}

/**
 * Throws a {@link ConfigurationError} for options that can never verify a delivery, else returns
 * them checked. `createWebhookHandler` calls it once, so a missing secret fails at start-up.
 */
export function readParseOptions(options: ParseWebhookOptions, caller: string): ParseConfig {
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError(`${caller} needs an options object with the endpoint secret.`);
  }
  // Same checks and messages as verifySignature, so both entry points fail alike.
  return { signature: readSignatureConfig(options, caller), ...readDeliveryOptions(options) };
}

/** Reads a positive integer option, or its default. */
export function positiveInteger(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw new ConfigurationError(`${name} must be a positive integer, got ${String(value)}.`);
  }
  return value;
}
