import type { SignedBody } from "./raw-body.js";

const encoder = new TextEncoder();

// Messages up to this size are written into one buffer kept between calls: allocating a fresh one
// for each delivery cost more than hashing it (+5 % at 1.5 KB, +40 % at 256 KB on Node). Larger
// ones get a buffer of their own, so that one huge delivery does not pin its size in memory.
const MAX_REUSED_BYTES = 2 ** 21;
let reused = new Uint8Array(0);

/**
 * The bytes Lucca signs, in one buffer (what Web Crypto needs): the timestamp header verbatim,
 * `"."`, then the raw body. Text is encoded once with its prefix; bytes are copied once, behind a
 * timestamp written character by character when it is ASCII, as every valid one is (cheaper than
 * a call into the encoder). A byte body's message may be a view of a buffer reused by the next
 * call: hand it to `subtle.verify` or `subtle.sign` at once, which copy it before returning (Web
 * Cryptography API, the verify() and sign() method steps: "get a copy of the bytes held by the
 * data parameter").
 */
export function signedMessage(timestamp: string, body: SignedBody): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(`${timestamp}.${body}`);
  const prefix = timestamp.length + 1;
  const length = prefix + body.length;
  const message = length > MAX_REUSED_BYTES ? new Uint8Array(length) : reusedBuffer(length);
  for (let index = 0; index < timestamp.length; index++) {
    const code = timestamp.charCodeAt(index);
    // Only signPayload hands over a timestamp nobody checked: encode such a one properly.
    if (code > 0x7f) return withPrefix(encoder.encode(`${timestamp}.`), body);
    message[index] = code;
  }
  message[prefix - 1] = 0x2e;
  message.set(body, prefix);
  return message;
}

function reusedBuffer(length: number): Uint8Array<ArrayBuffer> {
  if (reused.length < length) reused = new Uint8Array(length);
  return reused.subarray(0, length);
}

function withPrefix(prefix: Uint8Array, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  return message;
}
