import { signPayload, verifySignature } from "@lucca-events/2024-11-01";
import { SIGNATURE_VECTORS, type VectorFile } from "virtual:signature-vectors";
import { expectSame, runCase, type CaseResult } from "./case-result.js";

// The vectors are dated; the time window is unit-tested elsewhere, here only the MAC matters.
const CENTURY_SECONDS = 100 * 365 * 24 * 3600;

/** Checks every committed OpenSSL vector with the verifier and signer of this runtime's build. */
export async function vectorCases(): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const vector of SIGNATURE_VECTORS) {
    const body = decodeBase64(vector.bodyBase64);
    const verify = (changes: { body?: Uint8Array; signature?: string }) =>
      verifySignature({
        body: changes.body ?? body,
        signature: changes.signature ?? vector.signature,
        timestamp: vector.timestamp,
        secret: vector.secret,
        toleranceSeconds: CENTURY_SECONDS,
      });
    const name = (what: string) => `vector ${vector.file}: ${what}`;
    results.push(
      await runCase(name("verifies"), async () => {
        expectSame((await verify({})).ok, true, "ok");
      }),
      await runCase(name("signPayload reproduces it"), async () => {
        expectSame(
          await signPayload(body, vector.secret, vector.timestamp),
          vector.signature,
          "sig",
        );
      }),
      await runCase(name("a flipped body bit is rejected"), async () => {
        expectSame(await reason(verify({ body: flipBody(body) })), "signature_mismatch", "reason");
      }),
      await runCase(name("a flipped signature bit is rejected"), async () => {
        const signature = flipSignature(vector);
        expectSame(await reason(verify({ signature })), "signature_mismatch", "reason");
      }),
    );
  }
  return results;
}

async function reason(result: ReturnType<typeof verifySignature>): Promise<string> {
  const outcome = await result;
  return outcome.ok ? "ok" : outcome.reason;
}

function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

// An empty body has no bit to flip: one added byte is the smallest change there.
function flipBody(body: Uint8Array): Uint8Array {
  if (body.length === 0) return new Uint8Array([0]);
  const copy = body.slice();
  copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 1;
  return copy;
}

function flipSignature(vector: VectorFile): string {
  const mac = decodeBase64(vector.signature);
  mac[0] = (mac[0] ?? 0) ^ 0x80;
  return btoa(String.fromCharCode(...mac));
}
