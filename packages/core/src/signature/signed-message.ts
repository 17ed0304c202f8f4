import type { SignedBody } from "./raw-body.js";

const encoder = new TextEncoder();

/**
 * The bytes Lucca signs, in one buffer (what Web Crypto needs): the timestamp header verbatim,
 * `"."`, then the raw body. Text is encoded once with its prefix; bytes are copied once, behind a
 * timestamp written character by character when it is ASCII, as every valid one is (cheaper than
 * a call into the encoder).
 */
export function signedMessage(timestamp: string, body: SignedBody): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(`${timestamp}.${body}`);
  const prefix = timestamp.length + 1;
  const message = new Uint8Array(prefix + body.length);
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

function withPrefix(prefix: Uint8Array, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  return message;
}
