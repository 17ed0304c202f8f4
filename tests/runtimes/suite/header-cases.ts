import { signPayload, verifySignature } from "@lucca-events/2024-11-01";
import { expectSame, runCase, type CaseResult } from "./case-result.js";

// The verifier reads its headers with this runtime's own atob, btoa and String#trim: canonical
// Base64 is checked by a btoa round trip, and only spaces and tabs around a value are dropped.
// Each runtime must give the same verdicts as Node.
const SECRET = "whsec-runtime-headers";
const TIMESTAMP = "2025-01-01T08:34:23Z";
const BODY = '{"id":"1"}';
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Header spellings the verifier must read alike in every runtime. */
export async function headerCases(): Promise<CaseResult[]> {
  const signature = await signPayload(BODY, SECRET, TIMESTAMP);
  const reason = async (sent: string, timestamp = TIMESTAMP) => {
    const result = await verifySignature({
      body: BODY,
      signature: sent,
      timestamp,
      secret: SECRET,
      now: () => Date.parse(TIMESTAMP),
    });
    return result.ok ? "ok" : result.reason;
  };
  // A 32-byte MAC is 43 characters and one pad: the last one carries 2 unused bits, here set.
  const last = ALPHABET.indexOf(signature.charAt(42));
  const lastBitSet = `${signature.slice(0, 42)}${ALPHABET.charAt(last ^ 1)}=`;
  const cases: [string, string, string, string?][] = [
    ["spaces and tabs around both headers", ` \t${signature} `, "ok", `\t${TIMESTAMP}  `],
    ["a signature without its padding", signature.slice(0, -1), "malformed_signature"],
    [
      "a signature with a space inside",
      `${signature.slice(0, 20)} ${signature.slice(20)}`,
      "malformed_signature",
    ],
    ["a signature with a trailing newline", `${signature}\n`, "malformed_signature"],
    [
      "a signature in base64url",
      signature.replaceAll("+", "-").replaceAll("/", "_").replace("=", ""),
      "malformed_signature",
    ],
    ["a signature with non-zero unused bits", lastBitSet, "malformed_signature"],
    ["a signature after a no-break space", `\u00a0${signature}`, "malformed_signature"],
    ["a timestamp with a trailing newline", signature, "malformed_timestamp", `${TIMESTAMP}\n`],
  ];
  const results: CaseResult[] = [];
  for (const [what, sent, want, timestamp] of cases) {
    results.push(
      await runCase(`headers: ${what}`, async () => {
        expectSame(await reason(sent, timestamp), want, "reason");
      }),
    );
  }
  return results;
}
