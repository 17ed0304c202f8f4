import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createWebhookHandler, parseWebhook } from "../../packages/api-2024-11-01/src/index.js";
import { EXAMPLES } from "../../packages/api-2024-11-01/src/examples.js";
import type { SignatureFailureReason } from "../../packages/core/src/signature/verify-signature.js";

// Malformed Lucca-Signature / Lucca-Timestamp headers, end to end through the generated
// parseWebhook (Fetch Requests and Node-style header records) and the handler: each class ends
// in its typed reason and a 401, never a throw.
const SECRET = "hostile-secret";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const options = { secret: SECRET, now: () => Date.parse(TIMESTAMP) };
const body = JSON.stringify(EXAMPLES["employee.created"]);
const silent = { warn: () => undefined, error: () => undefined };

function sign(timestamp: string, payload = body): string {
  return createHmac("sha256", SECRET).update(`${timestamp}.${payload}`).digest("base64");
}

const good = sign(TIMESTAMP);
const base64url = good.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

type Reason = SignatureFailureReason;

interface HeaderCase {
  /** Node-style headers (IncomingHttpHeaders): undefined, a string, or repeated as an array. */
  node: Record<string, string | string[] | undefined>;
  /** The same delivery as Fetch header pairs (repeats allowed), when Fetch can carry it at all. */
  fetch?: [string, string][];
  reason: Reason;
}

// Signed with the timestamp it carries, so that only the header under test is wrong.
const withTimestamp = (timestamp: string): HeaderCase["node"] => ({
  "lucca-signature": sign(timestamp),
  "lucca-timestamp": timestamp,
});
const pairs = (headers: HeaderCase["node"]): [string, string][] =>
  Object.entries(headers).flatMap(([name, value]) =>
    value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );

const CASES: Record<string, HeaderCase> = {
  "signature missing": { node: { "lucca-timestamp": TIMESTAMP }, reason: "missing_signature" },
  "timestamp missing": { node: { "lucca-signature": good }, reason: "missing_timestamp" },
  "signature empty": {
    node: { "lucca-signature": "", "lucca-timestamp": TIMESTAMP },
    reason: "missing_signature",
  },
  "timestamp empty": {
    node: { "lucca-signature": good, "lucca-timestamp": "" },
    reason: "missing_timestamp",
  },
  "signature whitespace only": {
    node: { "lucca-signature": " \t ", "lucca-timestamp": TIMESTAMP },
    reason: "missing_signature",
  },
  "signature duplicated (sent twice)": {
    node: { "lucca-signature": [good, good], "lucca-timestamp": TIMESTAMP },
    reason: "malformed_signature",
  },
  "timestamp array-valued (two values)": {
    node: { "lucca-signature": good, "lucca-timestamp": [TIMESTAMP, TIMESTAMP] },
    reason: "malformed_timestamp",
  },
  "signature not Base64": {
    node: { "lucca-signature": "not*base64*at*all!!", "lucca-timestamp": TIMESTAMP },
    reason: "malformed_signature",
  },
  "signature base64url without padding": {
    node: { "lucca-signature": base64url, "lucca-timestamp": TIMESTAMP },
    reason: "malformed_signature",
  },
  "signature with an inner line break (Node only)": {
    node: {
      "lucca-signature": `${good.slice(0, 20)}\n${good.slice(20)}`,
      "lucca-timestamp": TIMESTAMP,
    },
    reason: "malformed_signature",
  },
  "signature truncated to 40 characters": {
    node: { "lucca-signature": good.slice(0, 40), "lucca-timestamp": TIMESTAMP },
    reason: "signature_mismatch",
  },
  "signature missing its padding": {
    node: { "lucca-signature": good.slice(0, -1), "lucca-timestamp": TIMESTAMP },
    reason: "malformed_signature",
  },
  "signature overlong (the MAC twice)": {
    node: {
      "lucca-signature": Buffer.concat([
        Buffer.from(good, "base64"),
        Buffer.from(good, "base64"),
      ]).toString("base64"),
      "lucca-timestamp": TIMESTAMP,
    },
    reason: "signature_mismatch",
  },
  "signature 64 KiB long": {
    node: { "lucca-signature": "A".repeat(65_536), "lucca-timestamp": TIMESTAMP },
    reason: "signature_mismatch",
  },
  "timestamp numeric (epoch seconds)": {
    node: withTimestamp("1730711743"),
    reason: "malformed_timestamp",
  },
  "timestamp garbage": { node: withTimestamp("yesterday at noon"), reason: "malformed_timestamp" },
  "timestamp year 275760": {
    node: withTimestamp("+275760-09-13T00:00:00Z"),
    reason: "malformed_timestamp",
  },
  "timestamp date without time": {
    node: withTimestamp("2024-11-04"),
    reason: "malformed_timestamp",
  },
  "timestamp without offset": {
    node: withTimestamp("2024-11-04T09:15:43"),
    reason: "malformed_timestamp",
  },
  "timestamp with a space for T": {
    node: withTimestamp("2024-11-04 09:15:43Z"),
    reason: "malformed_timestamp",
  },
  "timestamp month 13": {
    node: withTimestamp("2024-13-04T09:15:43Z"),
    reason: "malformed_timestamp",
  },
  "timestamp leap second": {
    node: withTimestamp("2024-11-04T09:15:60Z"),
    reason: "malformed_timestamp",
  },
  "timestamp far future": {
    node: withTimestamp("2999-01-01T00:00:00Z"),
    reason: "timestamp_in_future",
  },
  "timestamp far past": {
    node: withTimestamp("1970-01-01T00:00:00Z"),
    reason: "timestamp_too_old",
  },
  "timestamp in the window but not the one signed": {
    node: { "lucca-signature": good, "lucca-timestamp": "2024-11-04T09:15:44Z" },
    reason: "signature_mismatch",
  },
};

// Fetch cannot carry a line break in a header value; every other case also goes as a Request.
for (const hostile of Object.values(CASES)) {
  const values = Object.values(hostile.node).flat();
  if (!values.some((value) => value?.includes("\n"))) hostile.fetch = pairs(hostile.node);
}

function request(headerPairs: [string, string][]): Request {
  const headers = new Headers({ "content-type": "application/json" });
  for (const [name, value] of headerPairs) headers.append(name, value);
  return new Request("https://receiver.test/lucca", { method: "POST", body, headers });
}

describe("hostile headers", () => {
  it("has at least 14 classes, and a well-signed delivery passes through the same path", async () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(14);
    const headers = { "lucca-signature": good, "lucca-timestamp": TIMESTAMP };
    expect((await parseWebhook({ body, headers }, options)).ok).toBe(true);
    expect((await parseWebhook(request(pairs(headers)), options)).ok).toBe(true);
  });

  it.each(Object.entries(CASES))(
    "%s → its reason (Node-style headers)",
    async (_name, { node, reason }) => {
      const result = await parseWebhook({ body, headers: node }, options);
      expect(result).toMatchObject({ ok: false, reason, status: 401 });
    },
  );

  it.each(Object.entries(CASES).filter(([, c]) => c.fetch !== undefined))(
    "%s → its reason (Fetch Request)",
    async (_name, { fetch, reason }) => {
      const result = await parseWebhook(request(fetch!), options);
      expect(result).toMatchObject({ ok: false, reason, status: 401 });
    },
  );

  it.each(Object.entries(CASES).filter(([, c]) => c.fetch !== undefined))(
    "%s → 401 from the handler, with a generic body",
    async (_name, { fetch }) => {
      const handler = createWebhookHandler({ ...options, on: {}, logger: silent });
      const response = await handler(request(fetch!));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: "unauthorized" });
    },
  );

  it("accepts mixed-case Node header names and surrounding spaces, as HTTP allows", async () => {
    const headers = { "Lucca-Signature": ` ${good}\t`, "LUCCA-TIMESTAMP": TIMESTAMP };
    expect((await parseWebhook({ body, headers }, options)).ok).toBe(true);
  });
});
