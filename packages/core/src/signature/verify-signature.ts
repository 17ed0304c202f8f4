import { readHeader } from "./header-value.js";
import type { HmacVerifier } from "./hmac-engine.js";
import { webCryptoVerifier } from "./web-crypto-hmac.js";
import { RAW_BODY_HINT, signedBody, type RawBody, type SignedBody } from "./raw-body.js";
import {
  readClock,
  readNowMs,
  readSecrets,
  readToleranceMs,
  type SecretInput,
  type SecretKey,
} from "./signature-options.js";
import { ConfigurationError } from "../errors/lucca-events-errors.js";

/** Name of the header carrying the Base64 HMAC-SHA256 signature (lower case, as Fetch reports it). */
export const SIGNATURE_HEADER = "lucca-signature";

/** Name of the header carrying the RFC 3339 time the delivery left Lucca. */
export const TIMESTAMP_HEADER = "lucca-timestamp";

/** Largest accepted distance between the timestamp and now, as Lucca documents: 5 minutes. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Why a delivery's signature was rejected. */
export type SignatureFailureReason =
  | "missing_signature"
  | "missing_timestamp"
  | "malformed_signature"
  | "malformed_timestamp"
  | "timestamp_too_old"
  | "timestamp_in_future"
  | "signature_mismatch";

/** What {@link verifySignature} needs: the delivery as received, and the endpoint secret(s). */
export interface VerifySignatureOptions {
  /** The raw request body; a parsed object throws {@link ConfigurationError}. */
  body: RawBody;
  /** The `Lucca-Signature` header value; surrounding spaces and tabs are ignored. */
  signature: string | null | undefined;
  /** The `Lucca-Timestamp` header value; signed as received, minus surrounding spaces and tabs. */
  timestamp: string | null | undefined;
  /**
   * The endpoint secret, or several during a rotation (any one may match). A string's UTF-8 bytes
   * are the key; pass a `Uint8Array` to use other bytes (such as the base64url-decoded secret).
   */
  secret: SecretInput;
  /** Largest accepted |now − timestamp|, in seconds, bounds included; default 300. */
  toleranceSeconds?: number;
  /** Clock returning epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/** The outcome of {@link verifySignature}; `message` is generic and safe to log or return. */
export type VerifySignatureResult =
  { ok: true } | { ok: false; reason: SignatureFailureReason; message: string };

const OK: VerifySignatureResult = /* @__PURE__ */ Object.freeze({ ok: true });

function fail(reason: SignatureFailureReason, message: string): VerifySignatureResult {
  return { ok: false, reason, message };
}

// The texts name the header at fault and nothing secret. Spelled out whole: a bundler keeps an
// unused concatenation of constants, and gzip folds the repeats anyway.
const NO_SIGNATURE = "Lucca-Signature header is missing or empty.";
const NO_TIMESTAMP = "Lucca-Timestamp header is missing or empty.";
const BAD_SIGNATURE = "Lucca-Signature header is not padded standard Base64.";
const BAD_TIMESTAMP = "Lucca-Timestamp header is not an RFC 3339 date-time.";
const MISMATCH = "Lucca-Signature header does not match the timestamp and body.";

/** Checked verification options: what {@link checkSignature} needs besides the delivery. */
export interface SignatureConfig {
  /** The keys to try; any one may match. */
  secrets: readonly SecretKey[];
  /** Largest accepted |now − timestamp|, in milliseconds. */
  toleranceMs: number;
  /** Returns epoch milliseconds. */
  clock: () => number;
}

/** Reads and checks verification options once, so each delivery skips the checks. */
export function readSignatureConfig(
  options: { secret?: unknown; toleranceSeconds?: unknown; now?: unknown },
  caller: string,
): SignatureConfig {
  return {
    secrets: readSecrets(options.secret, caller),
    toleranceMs: readToleranceMs(options.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS),
    clock: readClock(options.now),
  };
}

/**
 * Checks one delivery's headers and body against checked options. Never throws for anything the
 * delivery holds. Synchronous when the engine is: no promise at all then.
 */
export function checkSignature(
  hmac: HmacVerifier,
  config: SignatureConfig,
  body: SignedBody,
  signatureHeader: unknown,
  timestampHeader: unknown,
): VerifySignatureResult | Promise<VerifySignatureResult> {
  const nowMs = readNowMs(config.clock);
  const signature = readHeader(signatureHeader);
  const timestamp = readHeader(timestampHeader);
  if (signature === "") return fail("missing_signature", NO_SIGNATURE);
  if (timestamp === "") return fail("missing_timestamp", NO_TIMESTAMP);
  const mac = signature === undefined ? undefined : hmac.decodeBase64(signature);
  if (mac === undefined) return fail("malformed_signature", BAD_SIGNATURE);
  if (timestamp === undefined) return fail("malformed_timestamp", BAD_TIMESTAMP);
  // The MAC is started before the timestamp is parsed: Web Crypto hashes on another thread (Node's
  // thread pool), which then works while this one parses and checks the window. Well-formed Base64
  // of the wrong length can never match; its length is not secret.
  const match = mac.length === 32 && matchAny(hmac, config.secrets, timestamp, body, mac);
  const refused = timestampFailure(hmac.parseTimestamp(timestamp), nowMs, config);
  // A refused timestamp decides whatever the MAC says; its pending verdict must not reject unseen.
  if (refused !== undefined) {
    if (typeof match !== "boolean") match.catch(ignore);
    return refused;
  }
  return typeof match === "boolean" ? answer(match) : match.then(answer);
}

// Why a timestamp is refused, or `undefined` for one within the window, its bounds included.
function timestampFailure(
  sentAtMs: number | undefined,
  nowMs: number,
  config: SignatureConfig,
): VerifySignatureResult | undefined {
  if (sentAtMs === undefined) return fail("malformed_timestamp", BAD_TIMESTAMP);
  if (nowMs - sentAtMs > config.toleranceMs) {
    return fail("timestamp_too_old", `Lucca-Timestamp header ${window(config)} old.`);
  }
  if (sentAtMs - nowMs > config.toleranceMs) {
    return fail("timestamp_in_future", `Lucca-Timestamp header ${window(config)} ahead.`);
  }
  return undefined;
}

// Any one secret may match, and every one is tried, so the time taken does not tell which.
function matchAny(
  hmac: HmacVerifier,
  secrets: readonly SecretKey[],
  timestamp: string,
  body: SignedBody,
  mac: Uint8Array<ArrayBuffer>,
): boolean | Promise<boolean> {
  // One secret, the common case, without an array of verdicts or a Promise.all around one
  // promise: about 0.05 of the node:crypto path's time, and microtask hops on the Web Crypto one.
  if (secrets.length === 1) return hmac.verify(secrets[0]!, timestamp, body, mac);
  const verdicts = secrets.map((secret) => hmac.verify(secret, timestamp, body, mac));
  return verdicts.every((verdict) => typeof verdict === "boolean")
    ? verdicts.includes(true)
    : Promise.all(verdicts).then((matches) => matches.includes(true));
}

function ignore(): void {}

function answer(match: boolean): VerifySignatureResult {
  return match ? OK : fail("signature_mismatch", MISMATCH);
}

// Built only for a rejected delivery: the accepted path formats no message.
function window(config: SignatureConfig): string {
  return `is more than the allowed ${config.toleranceMs / 1000} s`;
}

/**
 * Builds `verifySignature` on an HMAC engine, so each entry point can pick its own, and the hint
 * its raw-body error ends with.
 */
export function createVerifySignature(
  hmac: HmacVerifier,
  rawBodyHint = RAW_BODY_HINT,
): (options: VerifySignatureOptions) => Promise<VerifySignatureResult> {
  // Not async: a synchronous verdict is handed over in one resolved promise, and a throw becomes
  // a rejection, exactly as an async function would give it.
  return function verifySignature(options) {
    try {
      if (typeof options !== "object" || options === null) {
        throw new ConfigurationError("verifySignature() needs an options object.");
      }
      // Configuration first, so a programming error surfaces on the first request whatever it holds.
      const config = readSignatureConfig(options, "verifySignature()");
      const body = signedBody(options.body, "verifySignature()", rawBodyHint);
      return Promise.resolve(
        checkSignature(hmac, config, body, options.signature, options.timestamp),
      );
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/**
 * Checks a Lucca webhook delivery's `Lucca-Signature` and `Lucca-Timestamp` headers against its raw
 * body. Never throws for anything the delivery holds; throws {@link ConfigurationError} on bad options.
 * @example
 * const result = await verifySignature({
 *   body: await request.text(),
 *   signature: request.headers.get(SIGNATURE_HEADER),
 *   timestamp: request.headers.get(TIMESTAMP_HEADER),
 *   secret: env.LUCCA_WEBHOOK_SECRET,
 * });
 * if (!result.ok) return new Response(null, { status: 401 });
 */
export const verifySignature = /* @__PURE__ */ createVerifySignature(webCryptoVerifier);
