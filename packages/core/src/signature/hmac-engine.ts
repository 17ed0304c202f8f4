import type { SignedBody } from "./raw-body.js";
import type { SecretKey } from "./signature-options.js";

/**
 * The HMAC-SHA256 primitives signing and verification are built on, over the message Lucca signs:
 * the timestamp header verbatim, `"."`, then the raw body, and the text codecs around them. Taking
 * the parts apart lets an engine hash them in turn, and text without encoding it into a buffer of
 * its own first. Web Crypto implements it everywhere; node:crypto and Node's Buffer implement it
 * faster behind the `node` export condition.
 */
export interface HmacEngine {
  /** Returns HMAC-SHA256 of `timestamp.body`, keyed with `key` (a string: its UTF-8 bytes). */
  sign(key: SecretKey, timestamp: string, body: SignedBody): Promise<Uint8Array>;
  /**
   * Tells whether `signature` is HMAC-SHA256 of `timestamp.body` under `key`, in constant time.
   * Synchronous when the engine can be: the verifier then adds no promise of its own.
   */
  verify(
    key: SecretKey,
    timestamp: string,
    body: SignedBody,
    signature: Uint8Array<ArrayBuffer>,
  ): boolean | Promise<boolean>;
  /** Encodes text as UTF-8, a lone surrogate as U+FFFD (what Fetch sends for it). */
  encodeUtf8(text: string): Uint8Array;
  /**
   * Decodes UTF-8 exactly as a fatal `TextDecoder` that keeps a BOM does, or returns `undefined`
   * for bytes that are not UTF-8.
   */
  decodeUtf8(bytes: Uint8Array): string | undefined;
  /**
   * Decodes canonical padded standard Base64, or returns `undefined` (see `base64.ts`). The bytes
   * may be overwritten by the next call: hand them to `verify` first.
   */
  decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined;
  /**
   * Parses a strict RFC 3339 date-time into epoch milliseconds, or returns `undefined` (see
   * `timestamp.ts`). Here rather than imported by the verifier, as `decodeBase64` is, because its
   * fastest form is too large for a Web bundle.
   */
  parseTimestamp(text: string): number | undefined;
}

/** What verification needs of an engine: a verifier bundle then carries nothing else. */
export type HmacVerifier = Pick<HmacEngine, "verify" | "decodeBase64" | "parseTimestamp">;
