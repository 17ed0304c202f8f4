import { createHmac, timingSafeEqual } from "node:crypto";
import { medianTimes, STEADY, type Budget } from "./measure.js";
import { CORE_DIST } from "./paths.js";
import { row, type BenchRow } from "./row.js";

interface CoreEntry {
  verifySignature: (options: {
    body: Uint8Array;
    signature: string;
    timestamp: string;
    secret: string;
    now: () => number;
  }) => Promise<{ ok: boolean }>;
}

const SECRET = "bench-secret-0123456789abcdef";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const NOW = Date.parse(TIMESTAMP);
const encoder = new TextEncoder();

/**
 * verifySignature on each entry point against the bare primitive it is built on: the Node entry
 * against createHmac + timingSafeEqual, the Web Crypto entry against one subtle.sign with the key
 * already imported. The ratio is the cost of parsing headers, checking the window and framing.
 */
export async function verifyRows(body: string, budget: Budget = STEADY): Promise<BenchRow[]> {
  const bytes = encoder.encode(body);
  const signature = createHmac("sha256", SECRET)
    .update(`${TIMESTAMP}.`)
    .update(bytes)
    .digest("base64");
  const options = { body: bytes, signature, timestamp: TIMESTAMP, secret: SECRET, now: () => NOW };
  const node = (await import(`${CORE_DIST}index.node.js`)) as CoreEntry;
  const web = (await import(`${CORE_DIST}index.js`)) as CoreEntry;
  for (const entry of [node, web]) {
    if (!(await entry.verifySignature(options)).ok)
      throw new Error("bench delivery does not verify");
  }

  const expected = Buffer.from(signature, "base64");
  const rawNode = () => {
    const mac = createHmac("sha256", SECRET).update(`${TIMESTAMP}.`).update(bytes).digest();
    return timingSafeEqual(mac, expected);
  };
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(SECRET),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const message = encoder.encode(`${TIMESTAMP}.${body}`);
  const rawSubtle = () => crypto.subtle.sign("HMAC", key, message);

  const [ours, hmac, oursWeb, subtle] = await medianTimes(
    [
      { name: "verify node", fn: () => node.verifySignature(options), async: true, inner: 10 },
      { name: "createHmac", fn: rawNode, inner: 10 },
      { name: "verify web", fn: () => web.verifySignature(options), async: true, inner: 10 },
      { name: "subtle.sign", fn: rawSubtle, async: true, inner: 10 },
    ],
    budget,
  );
  const section = `signature, ${bytes.byteLength} B body`;
  return [
    row(section, "verifySignature, node entry", "ms", ours!, {
      name: "createHmac + timingSafeEqual",
      value: hmac!,
    }),
    row(section, "verifySignature, Web Crypto entry", "ms", oursWeb!, {
      name: "crypto.subtle.sign, key pre-imported",
      value: subtle!,
    }),
  ];
}
