/**
 * The HMAC-SHA256 primitives signing and verification are built on. Web Crypto implements it
 * everywhere; node:crypto implements it faster behind the `node` export condition.
 */
export interface HmacEngine {
  /** Returns HMAC-SHA256 of `data`, keyed with the UTF-8 bytes of `secret`. */
  sign(secret: string, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array>;
  /** Tells whether `signature` is HMAC-SHA256 of `data` under `secret`, in constant time. */
  verify(
    secret: string,
    data: Uint8Array<ArrayBuffer>,
    signature: Uint8Array<ArrayBuffer>,
  ): Promise<boolean>;
}
