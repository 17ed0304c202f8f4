import { createHmac } from "node:crypto";
import { alternatingWallTimes, medianTime, ratioSpread } from "./measure.js";
import { VERSION_DIST } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { HOSTILE_BODIES } from "./hostile-bodies.js";

interface VersionPackage {
  parseWebhook: (
    input: { body: string; headers: Record<string, string> },
    options: { secret: string; now: () => number; maxBodyBytes: number },
  ) => Promise<{ ok: boolean; reason?: string }>;
}

const SECRET = "bench-secret-0123456789abcdef";
const TIMESTAMP = "2024-11-04T09:15:43Z";

/**
 * Correctly signed hostile bodies through the whole parseWebhook pipeline, with a limit large
 * enough to let them in, against JSON.parse of the same text, the two called in turn. The issue
 * asks for each to be handled within 50 ms; that is shown here, never asserted in a test.
 */
export async function hostileRows(runs = 5): Promise<BenchRow[]> {
  const pkg = (await import(`${VERSION_DIST}index.js`)) as VersionPackage;
  const options = {
    secret: SECRET,
    now: () => Date.parse(TIMESTAMP),
    maxBodyBytes: 64 * 1024 * 1024,
  };
  const rows: BenchRow[] = [];
  for (const [name, build] of Object.entries(HOSTILE_BODIES)) {
    const body = build();
    const signature = createHmac("sha256", SECRET).update(`${TIMESTAMP}.${body}`).digest("base64");
    const input = { body, headers: { "lucca-timestamp": TIMESTAMP, "lucca-signature": signature } };
    const outcome = await pkg.parseWebhook(input, options);
    const times = await alternatingWallTimes(
      [
        () => pkg.parseWebhook(input, options),
        () => {
          try {
            return JSON.parse(body);
          } catch {
            return undefined;
          }
        },
      ],
      runs,
    );
    rows.push(
      row(
        `hostile bodies, signed, through parseWebhook, ${runs} alternating rounds`,
        name,
        "ms",
        medianTime(times, 0),
        { name: "JSON.parse of the same body", value: medianTime(times, 1) },
        {
          spread: { ...ratioSpread(times, 0, 1), repetitions: runs },
          note: outcome.ok ? "accepted" : `rejected: ${outcome.reason}`,
        },
      ),
    );
  }
  return rows;
}
