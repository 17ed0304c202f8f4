/// <reference types="node" />
// Node APIs are allowed only in this file and in adapters/node; the build config loads no Node types
// for the others.
import type * as NodeBuffer from "node:buffer";
import type * as NodeCrypto from "node:crypto";
import { decodeBase64Table } from "./base64-table.js";
import type { HmacEngine } from "./hmac-engine.js";
import type { SignedBody } from "./raw-body.js";
import type { SecretKey } from "./signature-options.js";
import { parseTimestampChars } from "./timestamp-chars.js";

// node:crypto is loaded by the first signature, not by the import: loading it (about twenty
// internal modules) was the largest part of a cold `import` on Node 20 (bench/cold-start.ts).
// process.getBuiltinModule is synchronous and needs no `import.meta` (Node >= 20.16, Deno >= 2.1,
// Bun; https://nodejs.org/api/process.html#processgetbuiltinmoduleid). Each stub replaces itself
// and its sibling with node:crypto's own function on its first call, so later calls go straight
// to node:crypto, as they did through the static import.
let createHmac: typeof NodeCrypto.createHmac = (...args) => {
  loadNodeCrypto();
  return createHmac(...args);
};
let timingSafeEqual: typeof NodeCrypto.timingSafeEqual = (...args) => {
  loadNodeCrypto();
  return timingSafeEqual(...args);
};
function loadNodeCrypto(): void {
  ({ createHmac, timingSafeEqual } = process.getBuiltinModule("node:crypto"));
}

// node:buffer is read by the first decode, as node:crypto above, from the module Node loaded for
// the `Buffer` global: an `import` of it builds an ES module namespace over all of its exports, and
// filling its `File` loads one more internal module, about 0.3 ms of a cold `import` on Node 20.
let nodeBuffer: typeof NodeBuffer | undefined;

// A MAC's 32 bytes are decoded into this one buffer, allocated once outside V8's heap: a pooled
// Buffer per call cost about half the decode itself. Safe because a decoded signature is used at
// once: checkSignature hands it to the synchronous verify below before it decodes another.
const decodedMac = /* @__PURE__ */ Buffer.allocUnsafeSlow(
  32,
) as Uint8Array as Uint8Array<ArrayBuffer>;

const allocate = (length: number) =>
  length === 32
    ? decodedMac
    : (Buffer.allocUnsafe(length) as Uint8Array as Uint8Array<ArrayBuffer>);

// The last text key and its UTF-8 bytes: node:crypto would encode the same secret on every call.
let lastKey: { text: string; bytes: Buffer } | undefined;

function keyBytes(key: SecretKey): Uint8Array {
  if (typeof key !== "string") return key;
  if (lastKey?.text !== key) lastKey = { text: key, bytes: Buffer.from(key, "utf8") };
  return lastKey.bytes;
}

function mac(key: SecretKey, timestamp: string, body: SignedBody): Buffer {
  // A string key is used as its UTF-8 bytes, exactly as Web Crypto's raw key import, and a text
  // body is hashed as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder does) straight from the
  // string. Hashed in parts: the same digest as one buffer holding both, without copying the body.
  // Text goes straight to node:crypto's UTF-8 encoder: measured on Node 20, as fast as copying
  // ASCII text as Latin-1, and faster for other text than first scanning it to tell.
  const hmac = createHmac("sha256", keyBytes(key)).update(`${timestamp}.`);
  return typeof body === "string" ? hmac.update(body, "utf8").digest() : hmac.update(body).digest();
}

/**
 * HMAC-SHA256 on node:crypto: several times faster than Web Crypto on Node because it needs no
 * key import and no promise per call. Only reachable through the `node` export condition.
 */
export const nodeCryptoHmac: HmacEngine = {
  async sign(key, timestamp, body) {
    return new Uint8Array(mac(key, timestamp, body));
  },
  // Synchronous: an async function would add a promise per call.
  verify(key, timestamp, body, signature) {
    const expected = mac(key, timestamp, body);
    // timingSafeEqual throws on a length mismatch; the length is public, so checking it first
    // leaks nothing.
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  },
  // Buffer.from encodes as TextEncoder does (U+FFFD for a lone surrogate), in about half the time.
  encodeUtf8(text) {
    return Buffer.from(text, "utf8");
  },
  // Validated first (simdutf), then decoded: about as fast as the fatal TextDecoder for other
  // text, and an ASCII body, copied as Latin-1, several times faster. A BOM is kept, as there.
  decodeUtf8(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { isAscii, isUtf8 } = (nodeBuffer ??= process.getBuiltinModule("node:buffer"));
    if (isAscii(buffer)) return buffer.toString("latin1");
    return isUtf8(buffer) ? buffer.toString("utf8") : undefined;
  },
  // The table decoder, strict where Buffer's is lenient (it skips whitespace and base64url, and
  // accepts missing padding and non-zero trailing bits), into Node's buffers (the reused one for a
  // MAC, a pooled one otherwise): a small typed array of V8's own heap is copied out the first time
  // native code reads it.
  decodeBase64(text) {
    return decodeBase64Table(text, allocate);
  },
  parseTimestamp: parseTimestampChars,
};
