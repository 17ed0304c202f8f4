import { ConfigurationError } from "../errors/lucca-events-errors.js";

/** A request body exactly as received: text (encoded as UTF-8) or bytes (used as they are). */
export type RawBody = string | Uint8Array | ArrayBuffer;

/**
 * A body as the HMAC engines take it: bytes, or text standing for its UTF-8 bytes (a lone
 * surrogate as U+FFFD, as `TextEncoder` and Fetch encode it). Text is hashed as it is, so it is
 * never encoded into a buffer of its own first.
 */
export type SignedBody = string | Uint8Array;

/** The portable UTF-8 encoder (a lone surrogate as U+FFFD), shared by every module here. */
export const textEncoder = /* @__PURE__ */ new TextEncoder();

/** Encodes text as UTF-8 (a lone surrogate as U+FFFD), the portable way. */
export function encodeText(text: string): Uint8Array {
  return textEncoder.encode(text);
}

/**
 * A parsed and re-serialised body never matches: the hint ending the error says how to read the
 * raw one. This entry runs where Fetch's `Request` is how a body arrives (Workers, Deno, edge
 * functions, Hono there); the node entry's hint also names Node's frameworks (raw-body-hint-node.ts).
 */
export const RAW_BODY_HINT = "Read it with await request.text() (Hono: await c.req.text()).";

/**
 * Returns a raw body as the engines take it: text or bytes. Throws {@link ConfigurationError} for
 * anything else, which is always a programming error (typically a body already parsed by a
 * framework), ending with `hint`: how the entry's frameworks give the raw body.
 */
export function signedBody(body: unknown, caller: string, hint: string): SignedBody {
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  // The tag also tells an ArrayBuffer from another realm (iframe, vm context), and names the rest.
  const tag = Object.prototype.toString.call(body).slice(8, -1);
  if (body instanceof ArrayBuffer || tag === "ArrayBuffer")
    return new Uint8Array(body as ArrayBuffer);
  throw new ConfigurationError(
    `${caller} needs the raw request body (string, Uint8Array or ArrayBuffer), got ${tag}. ${hint}`,
  );
}
