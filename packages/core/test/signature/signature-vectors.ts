import { createHmac } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";

/** One OpenSSL-computed vector from test/vectors (see make-vectors.sh). */
export interface SignatureVector {
  file: string;
  description: string;
  secret: string;
  timestamp: string;
  body: Uint8Array;
  signature: string;
}

const folder = new URL("../vectors/", import.meta.url);

/** Every committed vector, sorted by file name. */
export const SIGNATURE_VECTORS: readonly SignatureVector[] = readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const json = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Record<string, string>;
    return {
      file,
      description: String(json.description),
      secret: String(json.secret),
      timestamp: String(json.timestamp),
      body: new Uint8Array(Buffer.from(String(json.bodyBase64), "base64")),
      signature: String(json.signature),
    };
  });

/** Reference signer on node:crypto, independent of the code under test. */
export function referenceSign(
  body: Uint8Array | string,
  secret: string,
  timestamp: string,
): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("base64");
}
