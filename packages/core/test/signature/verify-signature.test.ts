import { describe, expect, it, vi } from "vitest";
import * as webEntry from "../../src/index.js";
import * as nodeEntry from "../../src/index.node.js";
import { ConfigurationError } from "../../src/errors/lucca-events-errors.js";
import { webCryptoHmac } from "../../src/signature/web-crypto-hmac.js";
import { createVerifySignature } from "../../src/signature/verify-signature.js";
import type { VerifySignatureOptions } from "../../src/signature/verify-signature.js";
import { SIGNATURE_VECTORS, referenceSign } from "./signature-vectors.js";

const SECRET = "whsec-test-secret";
const TIMESTAMP = "2025-01-01T08:34:23Z";
const SENT_AT = Date.UTC(2025, 0, 1, 8, 34, 23);
const BODY = '{"id":"1","type":"event","topic":"employee.created"}';
const SIGNATURE = referenceSign(BODY, SECRET, TIMESTAMP);

function delivery(overrides: Partial<VerifySignatureOptions> = {}): VerifySignatureOptions {
  return {
    body: BODY,
    signature: SIGNATURE,
    timestamp: TIMESTAMP,
    secret: SECRET,
    now: () => SENT_AT,
    ...overrides,
  };
}

// How each entry's raw-body error says to read the raw body: the node entry names Node's
// frameworks too, which the Web Crypto entry never runs under.
const WEB_HINTS = ["raw", "await request.text()", "await c.req.text()"];
const NODE_HINTS = [
  ...WEB_HINTS,
  'express.raw({ type: "application/json" })',
  "@lucca-events/core/fastify",
];

describe.each([
  ["Web Crypto entry", webEntry, WEB_HINTS],
  ["node entry", nodeEntry, NODE_HINTS],
])("%s", (_, { verifySignature, signPayload }, rawBodyHints) => {
  describe("OpenSSL vectors", () => {
    it.each(SIGNATURE_VECTORS.map((v) => [v.file, v] as const))("%s verifies", async (_, v) => {
      const sentAt = Date.parse(v.timestamp.toUpperCase());
      expect(Number.isFinite(sentAt)).toBe(true);
      const options = { signature: v.signature, timestamp: v.timestamp, secret: v.secret };
      const now = () => sentAt + 299_000;
      expect(await verifySignature({ ...options, body: v.body, now })).toEqual({ ok: true });
      expect(await verifySignature({ ...options, body: v.body.slice().buffer, now })).toEqual({
        ok: true,
      });
    });

    it.each(SIGNATURE_VECTORS.map((v) => [v.file, v] as const))(
      "%s is reproduced",
      async (_, v) => {
        expect(await signPayload(v.body, v.secret, v.timestamp)).toBe(v.signature);
      },
    );

    it("verifies string bodies encoded as UTF-8, BOM included", async () => {
      const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      const textual = SIGNATURE_VECTORS.filter((v) => v.file !== "binary-body.json");
      expect(textual.some((v) => v.file === "leading-bom.json")).toBe(true);
      for (const v of textual) {
        const body = decoder.decode(v.body);
        const now = () => Date.parse(v.timestamp.toUpperCase());
        const options = { body, signature: v.signature, timestamp: v.timestamp, secret: v.secret };
        expect(await verifySignature({ ...options, now }), v.file).toEqual({ ok: true });
      }
    });

    it("signs an unchecked non-ASCII timestamp as UTF-8 before a byte body", async () => {
      // signPayload takes any timestamp, so that test kits can sign malformed ones; a lone
      // surrogate is sent as U+FFFD, as Fetch encodes it.
      const body = new TextEncoder().encode(BODY);
      for (const timestamp of ["2025-01-01T08:34:23Z é", "\u{1f600}".repeat(40), "\ud800"]) {
        const encoded = timestamp.replace("\ud800", "\ufffd");
        expect(await signPayload(body, SECRET, timestamp)).toBe(
          referenceSign(body, SECRET, encoded),
        );
        expect(await signPayload(BODY, SECRET, timestamp)).toBe(
          referenceSign(BODY, SECRET, encoded),
        );
      }
    });
  });

  describe("bodies", () => {
    const bytes = new TextEncoder().encode(BODY);
    it.each([
      ["string", BODY],
      ["Uint8Array", bytes],
      ["Buffer", Buffer.from(BODY)],
      ["ArrayBuffer", bytes.slice().buffer],
      ["offset Uint8Array view", new TextEncoder().encode(`xx${BODY}yy`).subarray(2, -2)],
    ])("accepts a %s", async (_, body) => {
      expect(await verifySignature(delivery({ body }))).toEqual({ ok: true });
    });

    it("rejects a body re-serialised with other whitespace", async () => {
      const body = JSON.stringify(JSON.parse(BODY), null, 2);
      expect(await verifySignature(delivery({ body }))).toMatchObject({
        ok: false,
        reason: "signature_mismatch",
      });
    });

    it.each([
      ["a parsed JSON object", JSON.parse(BODY)],
      ["undefined", undefined],
      ["null", null],
      ["a number", 42],
      ["an array", [1, 2]],
    ])("throws ConfigurationError with the raw-body hint for %s", async (_, body) => {
      const call = verifySignature(delivery({ body }));
      await expect(call).rejects.toBeInstanceOf(ConfigurationError);
      const error = (await call.catch((e: unknown) => e)) as ConfigurationError;
      expect(error.code).toBe("configuration_error");
      for (const hint of rawBodyHints) expect(error.message).toContain(hint);
    });
  });

  describe("timestamp window", () => {
    it.each([
      ["exactly 300 s old", 300_000, { ok: true }],
      ["exactly 300 s ahead", -300_000, { ok: true }],
      ["300.001 s old", 300_001, { ok: false, reason: "timestamp_too_old" }],
      ["301 s old", 301_000, { ok: false, reason: "timestamp_too_old" }],
      ["301 s ahead", -301_000, { ok: false, reason: "timestamp_in_future" }],
      ["300.001 s ahead", -300_001, { ok: false, reason: "timestamp_in_future" }],
      ["a day old", 86_400_000, { ok: false, reason: "timestamp_too_old" }],
    ])("%s", async (_, age, want) => {
      const result = await verifySignature(delivery({ now: () => SENT_AT + age }));
      expect(result).toMatchObject(want);
    });

    it("honours a custom tolerance on both sides", async () => {
      const at = (age: number) =>
        verifySignature(delivery({ toleranceSeconds: 60, now: () => SENT_AT + age }));
      expect(await at(60_000)).toEqual({ ok: true });
      expect(await at(-60_000)).toEqual({ ok: true });
      expect(await at(61_000)).toMatchObject({ reason: "timestamp_too_old" });
      expect(await at(-61_000)).toMatchObject({ reason: "timestamp_in_future" });
    });

    it("compares offset timestamps by instant", async () => {
      const timestamp = "2025-01-01T10:34:23+02:00";
      const signature = referenceSign(BODY, SECRET, timestamp);
      const at = (age: number) =>
        verifySignature(delivery({ signature, timestamp, now: () => SENT_AT + age }));
      expect(await at(300_000)).toEqual({ ok: true });
      expect(await at(301_000)).toMatchObject({ reason: "timestamp_too_old" });
    });

    it("defaults to Date.now", async () => {
      vi.useFakeTimers({ now: SENT_AT + 200_000 });
      try {
        expect(await verifySignature(delivery({ now: undefined }))).toEqual({ ok: true });
        vi.setSystemTime(SENT_AT + 400_000);
        expect(await verifySignature(delivery({ now: undefined }))).toMatchObject({
          reason: "timestamp_too_old",
        });
      } finally {
        vi.useRealTimers();
      }
    });

    it("reports a timestamp outside the window rather than the MAC that does not match", async () => {
      const result = await verifySignature(
        delivery({ signature: referenceSign(BODY, "other", TIMESTAMP), now: () => SENT_AT + 1e6 }),
      );
      expect(result).toMatchObject({ reason: "timestamp_too_old" });
    });
  });

  describe("secrets", () => {
    it.each([
      ["the new one first", ["new-secret", SECRET]],
      ["the old one first", [SECRET, "new-secret"]],
      ["a single-item array", [SECRET]],
    ])("accepts any rotated secret: %s", async (_, secret) => {
      expect(await verifySignature(delivery({ secret }))).toEqual({ ok: true });
    });

    it("rejects when no rotated secret matches", async () => {
      const result = await verifySignature(delivery({ secret: ["a", "b", "c"] }));
      expect(result).toMatchObject({ ok: false, reason: "signature_mismatch" });
    });

    it("uses the secret as UTF-8 text, not as decoded Base64", async () => {
      const decoded = Buffer.from(SECRET, "base64").toString("latin1");
      expect(await verifySignature(delivery({ secret: decoded }))).toMatchObject({
        reason: "signature_mismatch",
      });
    });
  });

  describe("overlapping deliveries", () => {
    // The node:crypto engine decodes each signature into one reused buffer: deliveries started
    // together must still each be judged on their own signature.
    it("judges each of many deliveries started together on its own signature", async () => {
      const other = referenceSign(`${BODY} `, SECRET, TIMESTAMP);
      const cases = Array.from({ length: 24 }, (_, index) => ({
        signature: index % 3 === 0 ? other : SIGNATURE,
        secret: index % 2 === 0 ? SECRET : ["rotated-out", SECRET],
        want: index % 3 !== 0,
      }));
      const results = await Promise.all(
        cases.map(({ signature, secret }) => verifySignature(delivery({ signature, secret }))),
      );
      expect(results.map((result) => result.ok)).toEqual(cases.map(({ want }) => want));
    });
  });

  describe("configuration errors", () => {
    it.each([
      ["toleranceSeconds 0", { toleranceSeconds: 0 }],
      ["toleranceSeconds -1", { toleranceSeconds: -1 }],
      ["toleranceSeconds NaN", { toleranceSeconds: Number.NaN }],
      ["toleranceSeconds Infinity", { toleranceSeconds: Number.POSITIVE_INFINITY }],
      ["toleranceSeconds as a string", { toleranceSeconds: "300" as unknown as number }],
      ["toleranceSeconds null", { toleranceSeconds: null as unknown as number }],
      ["an empty secret", { secret: "" }],
      ["an undefined secret", { secret: undefined as unknown as string }],
      ["an empty secret array", { secret: [] }],
      ["an array holding an empty secret", { secret: [SECRET, ""] }],
      ["a non-string secret", { secret: 42 as unknown as string }],
      ["now not a function", { now: SENT_AT as unknown as () => number }],
      ["now returning a Date", { now: () => new Date(SENT_AT) as unknown as number }],
      ["now returning NaN", { now: () => Number.NaN }],
    ])("throws for %s, even without headers", async (_, overrides) => {
      const options = delivery({ ...overrides, signature: undefined, timestamp: undefined });
      await expect(verifySignature(options)).rejects.toBeInstanceOf(ConfigurationError);
    });

    it("throws without an options object", async () => {
      const call = verifySignature(undefined as unknown as VerifySignatureOptions);
      await expect(call).rejects.toBeInstanceOf(ConfigurationError);
    });

    it("never echoes the secret in configuration errors", async () => {
      const secret = "super-secret-value";
      const call = verifySignature(delivery({ secret, toleranceSeconds: 0 }));
      await expect(call).rejects.not.toThrow(secret);
    });
  });

  describe("malformed deliveries resolve to a reason, never throw", () => {
    const s = SIGNATURE;
    const headerCases: [string, unknown, unknown, string][] = [
      ["missing signature", undefined, TIMESTAMP, "missing_signature"],
      ["null signature", null, TIMESTAMP, "missing_signature"],
      ["empty signature", "", TIMESTAMP, "missing_signature"],
      ["whitespace-only signature", " \t ", TIMESTAMP, "missing_signature"],
      ["missing timestamp", s, undefined, "missing_timestamp"],
      ["null timestamp", s, null, "missing_timestamp"],
      ["empty timestamp", s, "", "missing_timestamp"],
      ["whitespace-only timestamp", s, "  ", "missing_timestamp"],
      ["both missing", undefined, undefined, "missing_signature"],
      ["duplicated signature header", `${s}, ${s}`, TIMESTAMP, "malformed_signature"],
      ["array-valued signature", [s], TIMESTAMP, "malformed_signature"],
      ["number-valued signature", 42, TIMESTAMP, "malformed_signature"],
      ["non-Base64 signature", "not a signature!", TIMESTAMP, "malformed_signature"],
      ["base64url signature", "-_" + s.slice(2), TIMESTAMP, "malformed_signature"],
      ["unpadded signature", s.replace(/=+$/, ""), TIMESTAMP, "malformed_signature"],
      ["hex signature", "ab".repeat(32), TIMESTAMP, "signature_mismatch"],
      ["prefixed signature", `sha256=${s}`, TIMESTAMP, "malformed_signature"],
      [
        "signature with an inner newline",
        `${s.slice(0, 20)}\n${s.slice(20)}`,
        TIMESTAMP,
        "malformed_signature",
      ],
      ["non-canonical trailing bits", s.slice(0, 42) + "B=", TIMESTAMP, "malformed_signature"],
      ["truncated signature (valid Base64)", s.slice(0, 40), TIMESTAMP, "signature_mismatch"],
      [
        "overlong signature (the MAC plus 3 bytes)",
        Buffer.concat([Buffer.from(s, "base64"), Buffer.alloc(3)]).toString("base64"),
        TIMESTAMP,
        "signature_mismatch",
      ],
      [
        "signature of 33 bytes",
        Buffer.alloc(33).toString("base64"),
        TIMESTAMP,
        "signature_mismatch",
      ],
      ["duplicated timestamp header", s, `${TIMESTAMP}, ${TIMESTAMP}`, "malformed_timestamp"],
      ["array-valued timestamp", s, [TIMESTAMP], "malformed_timestamp"],
      ["numeric timestamp (seconds)", s, String(SENT_AT / 1000), "malformed_timestamp"],
      ["numeric timestamp (number)", s, SENT_AT, "malformed_timestamp"],
      ["garbage timestamp", s, "yesterday", "malformed_timestamp"],
      ["year 275760", s, "+275760-09-13T00:00:00.000Z", "malformed_timestamp"],
      ["date without time", s, "2025-01-01", "malformed_timestamp"],
      ["time without offset", s, "2025-01-01T08:34:23", "malformed_timestamp"],
      ["HTTP date", s, "Wed, 01 Jan 2025 08:34:23 GMT", "malformed_timestamp"],
      ["February 30th", s, "2025-02-30T08:34:23Z", "malformed_timestamp"],
      ["timestamp with a trailing newline", s, `${TIMESTAMP}\n`, "malformed_timestamp"],
      ["far-future timestamp", s, "9999-12-31T23:59:59Z", "timestamp_in_future"],
      ["far-past timestamp", s, "0000-01-01T00:00:00Z", "timestamp_too_old"],
      [
        "valid shape, wrong signature",
        referenceSign("{}", SECRET, TIMESTAMP),
        TIMESTAMP,
        "signature_mismatch",
      ],
    ];

    it.each(headerCases)("%s", async (_, signature, timestamp, reason) => {
      const options = delivery({
        signature: signature as string | undefined,
        timestamp: timestamp as string | undefined,
      });
      const result = await verifySignature(options);
      expect(result).toMatchObject({ ok: false, reason });
      if (result.ok) return;
      expect(result.message).not.toContain(SIGNATURE);
      expect(result.message).not.toContain(SECRET);
    });

    it("ignores spaces and tabs around both headers, signing the trimmed timestamp", async () => {
      const result = await verifySignature(
        delivery({ signature: ` \t${SIGNATURE} `, timestamp: `\t${TIMESTAMP}  ` }),
      );
      expect(result).toEqual({ ok: true });
    });

    it("signs the timestamp verbatim: an equivalent spelling does not verify", async () => {
      const result = await verifySignature(delivery({ timestamp: "2025-01-01T08:34:23.000Z" }));
      expect(result).toMatchObject({ reason: "signature_mismatch" });
    });
  });

  describe("failure messages", () => {
    it("name the problem without the expected signature or the secret", async () => {
      const cases = [
        delivery({ signature: referenceSign("{}", SECRET, TIMESTAMP) }),
        delivery({ body: "tampered" }),
        delivery({ now: () => SENT_AT + 1e7 }),
        delivery({ now: () => SENT_AT - 1e7 }),
        delivery({ timestamp: "nope" }),
      ];
      for (const options of cases) {
        const result = await verifySignature(options);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        const expected = referenceSign(options.body as string, SECRET, String(options.timestamp));
        expect(result.message).not.toContain(expected);
        expect(result.message).not.toContain(SIGNATURE);
        expect(result.message).not.toContain(SECRET);
        expect(result.message.length).toBeGreaterThan(10);
      }
    });
  });
});

describe("createVerifySignature", () => {
  it("tries every rotated secret even after a match", async () => {
    const verify = vi.fn(webCryptoHmac.verify);
    const verifySignature = createVerifySignature({ ...webCryptoHmac, verify });
    const result = await verifySignature(delivery({ secret: [SECRET, "b", "c"] }));
    expect(result).toEqual({ ok: true });
    expect(verify).toHaveBeenCalledTimes(3);
  });

  it("computes no MAC for a delivery missing a header or signed with Base64 that cannot match", async () => {
    const verify = vi.fn(webCryptoHmac.verify);
    const verifySignature = createVerifySignature({ ...webCryptoHmac, verify });
    await verifySignature(delivery({ signature: "not base64!" }));
    await verifySignature(delivery({ signature: "AAAA" }));
    await verifySignature(delivery({ timestamp: undefined }));
    expect(verify).not.toHaveBeenCalled();
  });

  // The MAC is started before the timestamp is parsed, so that a thread-pool HMAC overlaps it.
  it("lets a rejected timestamp decide while its MAC's verdict fails unseen", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const verify = () => Promise.reject(new Error("engine failure"));
      const verifySignature = createVerifySignature({ ...webCryptoHmac, verify });
      expect(await verifySignature(delivery({ timestamp: "garbage" }))).toMatchObject({
        reason: "malformed_timestamp",
      });
      expect(await verifySignature(delivery({ now: () => SENT_AT + 1e6 }))).toMatchObject({
        reason: "timestamp_too_old",
      });
      await expect(verifySignature(delivery())).rejects.toThrow("engine failure");
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});

describe("constants", () => {
  it("match the Lucca headers and tolerance, in both entries", () => {
    for (const entry of [webEntry, nodeEntry]) {
      expect(entry.SIGNATURE_HEADER).toBe("lucca-signature");
      expect(entry.TIMESTAMP_HEADER).toBe("lucca-timestamp");
      expect(entry.DEFAULT_TOLERANCE_SECONDS).toBe(300);
    }
  });

  it("export the same names from both entries", () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(webEntry).sort());
  });
});
