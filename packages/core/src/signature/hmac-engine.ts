import type { SecretKey } from "./signature-options.js";

/**
 * The HMAC-SHA256 primitives signing and verification are built on. Web Crypto implements it
 * everywhere; node:crypto implements it faster behind the `node` export condition.
 */
export interface HmacEngine {
  /** Returns HMAC-SHA256 of `data`, keyed with `key` (a string stands for its UTF-8 bytes). */
  sign(key: SecretKey, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array>;
  /** Tells whether `signature` is HMAC-SHA256 of `data` under `key`, in constant time. */
  verify(
    key: SecretKey,
    data: Uint8Array<ArrayBuffer>,
    signature: Uint8Array<ArrayBuffer>,
  ): Promise<boolean>;
}
