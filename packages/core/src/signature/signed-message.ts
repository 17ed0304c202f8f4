import type { SignedBody } from "./raw-body.js";

const encoder = new TextEncoder();

/**
 * The bytes Lucca signs, in one buffer (what Web Crypto needs): the timestamp header verbatim,
 * `"."`, then the raw body. Text is encoded once with its prefix; bytes are copied once, behind
 * the timestamp encoded in place.
 */
export function signedMessage(timestamp: string, body: SignedBody): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(`${timestamp}.${body}`);
  // UTF-8 takes at most 3 bytes per UTF-16 unit: room for any timestamp, then the dot and body.
  const message = new Uint8Array(timestamp.length * 3 + 1 + body.length);
  const { written } = encoder.encodeInto(timestamp, message);
  message[written] = 0x2e;
  message.set(body, written + 1);
  return message.subarray(0, written + 1 + body.length);
}
