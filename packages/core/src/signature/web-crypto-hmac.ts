import { decodeBase64 } from "./base64.js";
import type { HmacEngine } from "./hmac-engine.js";
import { encodeText } from "./raw-body.js";
import type { SecretKey } from "./signature-options.js";
import { signedMessage } from "./signed-message.js";

/** How many imported keys the default Web Crypto engine keeps. */
export const DEFAULT_MAX_CACHED_KEYS = 100;

const encoder = new TextEncoder();

/**
 * Creates the Web Crypto HMAC-SHA256 engine (`globalThis.crypto.subtle`), which every runtime
 * we support provides.
 */
export function createWebCryptoHmac(maxCachedKeys = DEFAULT_MAX_CACHED_KEYS): HmacEngine {
  // importKey costs about as much as the HMAC itself, so keys are cached per secret. The cache is
  // bounded because multi-tenant receivers may pass one secret per endpoint: an unbounded Map
  // would grow with every tenant ever seen. Map insertion order doubles as recency order (LRU).
  // Each entry keeps the key once imported, so a cache hit hands it over without a promise.
  const keys = new Map<string, { pending: Promise<CryptoKey>; key?: CryptoKey }>();

  function keyFor(secretKey: SecretKey): CryptoKey | Promise<CryptoKey> {
    const secret = cacheKey(secretKey);
    const cached = keys.get(secret);
    if (cached !== undefined) {
      keys.delete(secret);
      keys.set(secret, cached);
      return cached.key ?? cached.pending;
    }
    const pending = globalThis.crypto.subtle.importKey(
      "raw",
      typeof secretKey === "string" ? encoder.encode(secretKey) : new Uint8Array(secretKey),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign", "verify"],
    );
    if (keys.size >= maxCachedKeys) {
      const oldest = keys.keys().next();
      if (oldest.done !== true) keys.delete(oldest.value);
    }
    const entry: { pending: Promise<CryptoKey>; key?: CryptoKey } = { pending };
    keys.set(secret, entry);
    pending.then(
      (key) => {
        entry.key = key;
      },
      // A failed import must not poison the cache for later calls.
      () => {
        if (keys.get(secret) === entry) keys.delete(secret);
      },
    );
    return pending;
  }

  return {
    async sign(key, timestamp, body) {
      const message = signedMessage(timestamp, body);
      const mac = await globalThis.crypto.subtle.sign("HMAC", await keyFor(key), message);
      return new Uint8Array(mac);
    },
    // subtle.verify compares in constant time, unlike a JavaScript loop the JIT may shortcut.
    // Not async: with the key already imported, subtle.verify's own promise is the only one.
    verify(key, timestamp, body, signature) {
      const message = signedMessage(timestamp, body);
      const verifyWith = (cryptoKey: CryptoKey) =>
        globalThis.crypto.subtle.verify("HMAC", cryptoKey, signature, message);
      const cryptoKey = keyFor(key);
      return "then" in cryptoKey ? cryptoKey.then(verifyWith) : verifyWith(cryptoKey);
    },
    encodeUtf8: encodeText,
    decodeBase64,
  };
}

// Text and byte keys share one cache without colliding: the prefix tells them apart.
function cacheKey(key: SecretKey): string {
  if (typeof key === "string") return `t${key}`;
  let text = "b";
  for (const byte of key) text += String.fromCharCode(byte);
  return text;
}

/** The default engine: Web Crypto, with up to {@link DEFAULT_MAX_CACHED_KEYS} cached keys. */
export const webCryptoHmac: HmacEngine = createWebCryptoHmac();
