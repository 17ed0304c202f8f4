import type { SecretKey } from "./signature-options.js";

/**
 * The HMAC-SHA256 primitives signing and verification are built on, over the message Lucca signs:
 * the timestamp header verbatim, `"."`, then the raw body. Taking the two parts apart lets an
 * engine hash them in turn instead of copying them into one buffer. Web Crypto implements it
 * everywhere; node:crypto implements it faster behind the `node` export condition.
 */
export interface HmacEngine {
  /** Returns HMAC-SHA256 of `timestamp.body`, keyed with `key` (a string: its UTF-8 bytes). */
  sign(key: SecretKey, timestamp: string, body: Uint8Array): Promise<Uint8Array>;
  /** Tells whether `signature` is HMAC-SHA256 of `timestamp.body` under `key`, in constant time. */
  verify(
    key: SecretKey,
    timestamp: string,
    body: Uint8Array,
    signature: Uint8Array<ArrayBuffer>,
  ): boolean | Promise<boolean>;
  /** Encodes a string body as UTF-8, a lone surrogate as U+FFFD (what Fetch sends for it). */
  encodeUtf8(text: string): Uint8Array;
  /** Decodes canonical padded standard Base64, or returns `undefined` (see `base64.ts`). */
  decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined;
}
