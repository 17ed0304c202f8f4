import { encodeBase64 } from "./base64.js";
import type { HmacEngine } from "./hmac-engine.js";
import { webCryptoHmac } from "./web-crypto-hmac.js";
import { RAW_BODY_HINT, signedBody, type RawBody } from "./raw-body.js";
import { readSecrets, type SecretKey } from "./signature-options.js";

/**
 * Builds `signPayload` on an HMAC engine, so each entry point can pick its own, and the hint its
 * raw-body error ends with.
 */
export function createSignPayload(
  hmac: HmacEngine,
  rawBodyHint = RAW_BODY_HINT,
): (body: RawBody, secret: SecretKey, timestamp: string) => Promise<string> {
  return async function signPayload(body, secret, timestamp) {
    const [key] = readSecrets(secret, "signPayload()");
    const bytes = signedBody(body, "signPayload()", rawBodyHint);
    // The timestamp is not validated, so test kits can sign deliberately malformed ones.
    return encodeBase64(await hmac.sign(key as SecretKey, timestamp, bytes));
  };
}

/**
 * Computes the `Lucca-Signature` value Lucca would send for `body` at `timestamp` (used verbatim).
 * @example
 * const timestamp = new Date().toISOString();
 * const signature = await signPayload(JSON.stringify(event), secret, timestamp);
 */
export const signPayload = /* @__PURE__ */ createSignPayload(webCryptoHmac);
