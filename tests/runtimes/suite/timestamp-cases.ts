import { signPayload, verifySignature } from "@lucca-events/2024-11-01";
import { expectSame, runCase, type CaseResult } from "./case-result.js";

// The Web Crypto verifier reads the timestamp with this runtime's own Date.parse, and a day 29-31
// back with getUTCDate: each runtime must accept the same texts, at the same millisecond, and
// reject the same out-of-range fields as Node.
const SECRET = "whsec-runtime-timestamps";
const BODY = '{"id":"2"}';

// Expected instants built field by field, without parsing any text.
const at = (year: number, month: number, day: number, h: number, m: number, s: number, ms = 0) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(h, m, s, ms);
  return date.getTime();
};

/** Timestamp spellings the verifier must read alike in every runtime. */
export async function timestampCases(): Promise<CaseResult[]> {
  const reason = async (timestamp: string, nowMs: number) => {
    const result = await verifySignature({
      body: BODY,
      signature: await signPayload(BODY, SECRET, timestamp),
      timestamp,
      secret: SECRET,
      now: () => nowMs,
      // One millisecond: "ok" pins the instant read to the expected one.
      toleranceSeconds: 0.001,
    });
    return result.ok ? "ok" : result.reason;
  };
  const minute = 60_000;
  const cases: [string, number, string][] = [
    // Already in ECMAScript's own format: handed to Date.parse as they are.
    ["2025-01-01T08:34:23Z", at(2025, 1, 1, 8, 34, 23), "ok"],
    ["2025-01-01T08:34:23.123-05:30", at(2025, 1, 1, 8, 34, 23, 123) + 330 * minute, "ok"],
    ["0000-01-01T00:00:00Z", at(0, 1, 1, 0, 0, 0), "ok"],
    // The rest go through the full pattern (lower case, other fractions, a day past the 28th), and
    // are rebuilt in that format or refused.
    ["2025-01-01t08:34:23.5z", at(2025, 1, 1, 8, 34, 23, 500), "ok"],
    ["2025-01-01T08:34:23.0019+05:30", at(2025, 1, 1, 8, 34, 23, 1) - 330 * minute, "ok"],
    ["0000-02-29T00:00:00-00:01", at(0, 2, 29, 0, 0, 0) + minute, "ok"],
    ["2024-02-29T23:59:59.999Z", at(2024, 2, 29, 23, 59, 59, 999), "ok"],
    ["2025-02-29T00:00:00Z", at(2025, 3, 1, 0, 0, 0), "malformed_timestamp"],
    ["2025-04-31T00:00:00Z", at(2025, 5, 1, 0, 0, 0), "malformed_timestamp"],
    ["2025-01-01T24:00:00Z", at(2025, 1, 2, 0, 0, 0), "malformed_timestamp"],
    ["2025-01-01T23:59:60Z", at(2025, 1, 2, 0, 0, 0), "malformed_timestamp"],
    ["2025-13-01T00:00:00Z", at(2026, 1, 1, 0, 0, 0), "malformed_timestamp"],
    ["2025-00-10T00:00:00Z", at(2024, 12, 10, 0, 0, 0), "malformed_timestamp"],
    ["2025-01-00T00:00:00Z", at(2024, 12, 31, 0, 0, 0), "malformed_timestamp"],
    ["2025-01-01T08:34:23+24:00", at(2025, 1, 1, 8, 34, 23), "malformed_timestamp"],
  ];
  const results: CaseResult[] = [];
  for (const [timestamp, nowMs, want] of cases) {
    results.push(
      await runCase(`timestamps: ${timestamp}`, async () => {
        expectSame(await reason(timestamp, nowMs), want, "reason");
      }),
    );
  }
  return results;
}
