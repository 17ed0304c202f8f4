import { decodeBase64 } from "./base64.js";
import { parseTimestamp } from "./timestamp.js";
import type { HmacEngine, HmacVerifier } from "./hmac-engine.js";
import { encodeText, textEncoder, type SignedBody } from "./raw-body.js";
import type { SecretKey } from "./signature-options.js";
import { signedMessage } from "./signed-message.js";

/** How many imported keys the default Web Crypto engine keeps. */
export const DEFAULT_MAX_CACHED_KEYS = 100;

const decoder = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Creates the Web Crypto HMAC-SHA256 engine (`crypto.subtle`), which every runtime
 * we support provides.
 */
export function createWebCryptoHmac(maxCachedKeys = DEFAULT_MAX_CACHED_KEYS): HmacEngine {
  return engineOn(keyCache(maxCachedKeys));
}

type KeyFor = (secretKey: SecretKey) => CryptoKey | Promise<CryptoKey>;

function keyCache(maxCachedKeys: number): KeyFor {
  // importKey costs about as much as the HMAC itself, so keys are cached per secret. The cache is
  // bounded because multi-tenant receivers may pass one secret per endpoint: an unbounded Map
  // would grow with every tenant ever seen. Map insertion order doubles as recency order (LRU).
  // An entry holds the import's promise, then the key itself, so a cache hit hands over the key
  // without a promise; set() on a present id keeps its place in that order.
  const keys = new Map<string, CryptoKey | Promise<CryptoKey>>();
  // The most recent entry, while its secret is text and its key imported: a receiver with one
  // secret gets its key back without building the id or moving it in the Map, which on the Web
  // Crypto path cost about 0.03 of subtle.verify's time. It is already last, so LRU order holds;
  // every other call replaces or clears it, and only such a call can add or evict an entry.
  let latestSecret: string | undefined;
  let latestKey: CryptoKey | undefined;
  return (secretKey) => {
    if (secretKey === latestSecret) return latestKey!;
    // Text and byte keys share one cache without colliding: the prefix tells them apart.
    const id = typeof secretKey === "string" ? `t${secretKey}` : `b${secretKey.join()}`;
    let key = keys.get(id);
    if (key === undefined) {
      if (keys.size >= maxCachedKeys) keys.delete(keys.keys().next().value!);
      const pending = crypto.subtle.importKey(
        "raw",
        typeof secretKey === "string" ? textEncoder.encode(secretKey) : new Uint8Array(secretKey),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign", "verify"],
      );
      key = pending;
      // Only while the entry is still this import's: evicted, or imported again since, it is not.
      pending.then(
        (imported) => {
          if (keys.get(id) === pending) keys.set(id, imported);
        },
        // A failed import must not poison the cache for later calls.
        () => {
          if (keys.get(id) === pending) keys.delete(id);
        },
      );
    } else keys.delete(id);
    keys.set(id, key);
    if (typeof secretKey === "string" && !("then" in key)) {
      latestSecret = secretKey;
      latestKey = key;
    } else latestSecret = undefined;
    return key;
  };
}

// The verifying half alone, so that a bundle of verifySignature carries no signing and no codecs.
function verifierOn(keyFor: KeyFor): HmacVerifier {
  return {
    // subtle.verify compares in constant time, unlike a JavaScript loop the JIT may shortcut.
    // Not async: with the key already imported, subtle.verify's own promise is the only one.
    // The message is built right before each call: its buffer is reused by the next one.
    verify(key, timestamp, body, signature) {
      const cryptoKey = keyFor(key);
      if (!("then" in cryptoKey)) return verifyMessage(cryptoKey, timestamp, body, signature);
      return cryptoKey.then((imported) => verifyMessage(imported, timestamp, body, signature));
    },
    decodeBase64,
    parseTimestamp,
  };
}

function verifyMessage(
  key: CryptoKey,
  timestamp: string,
  body: SignedBody,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  return crypto.subtle.verify("HMAC", key, signature, signedMessage(timestamp, body));
}

function engineOn(keyFor: KeyFor): HmacEngine {
  return {
    ...verifierOn(keyFor),
    async sign(key, timestamp, body) {
      const cryptoKey = await keyFor(key);
      const message = signedMessage(timestamp, body);
      return new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, message));
    },
    encodeUtf8: encodeText,
    decodeUtf8,
  };
}

const defaultKeys = /* @__PURE__ */ keyCache(DEFAULT_MAX_CACHED_KEYS);

/** The default engine: Web Crypto, with up to {@link DEFAULT_MAX_CACHED_KEYS} cached keys. */
export const webCryptoHmac: HmacEngine = /* @__PURE__ */ engineOn(defaultKeys);

/** The default engine's verifying half, sharing its keys: all `verifySignature` needs. */
export const webCryptoVerifier: HmacVerifier = /* @__PURE__ */ verifierOn(defaultKeys);
