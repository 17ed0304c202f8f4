import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as webEntry from "../../src/index.js";
import * as nodeEntry from "../../src/index.node.js";
import { referenceSign } from "./signature-vectors.js";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

const TOLERANCE_MS = 300_000;

// Surrounding whitespace is refused at construction (a pasted newline), so no secret has it.
const secretArb = fc
  .string({ minLength: 1, maxLength: 80, unit: "binary" })
  .filter((secret) => secret.trim() === secret);
const bodyArb = fc.uint8Array({ maxLength: 512 });
// Whole years 0000-9999 keep every instant printable as a 4-digit RFC 3339 year.
const instantArb = fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 });
const offsetArb = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });
const skewArb = fc.integer({ min: -TOLERANCE_MS, max: TOLERANCE_MS });

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** Prints an instant as RFC 3339 at a given offset, with or without milliseconds. */
function rfc3339(epochMs: number, offsetMinutes: number, withMillis: boolean): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const millis = withMillis ? `.${pad(local.getUTCMilliseconds(), 3)}` : "";
  const abs = Math.abs(offsetMinutes);
  const offset =
    offsetMinutes === 0
      ? "Z"
      : `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${date}T${time}${millis}${offset}`;
}

const deliveryArb = fc
  .record({
    secret: secretArb,
    body: bodyArb,
    instant: instantArb,
    offset: offsetArb,
    withMillis: fc.boolean(),
    skew: skewArb,
  })
  .filter(({ instant, offset }) => {
    const year = new Date(instant + offset * 60_000).getUTCFullYear();
    return year >= 0 && year <= 9999;
  })
  .map(({ secret, body, instant, offset, withMillis, skew }) => {
    const sentAt = withMillis ? instant : instant - (((instant % 1000) + 1000) % 1000);
    const timestamp = rfc3339(sentAt, offset, withMillis);
    return {
      secret,
      body,
      timestamp,
      signature: referenceSign(body, secret, timestamp),
      now: () => sentAt + skew,
    };
  });

/**
 * HMAC zero-pads its key, so "k" and "k\0" are the same key; lone surrogates both encode to
 * U+FFFD. Two secrets are only different keys when these canonical forms differ.
 */
function hmacKeyOf(secret: string): string {
  return Buffer.from(secret, "utf8")
    .toString("hex")
    .replace(/(00)+$/, "");
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
}

function flipTextBit(text: string, bit: number): string {
  return new TextDecoder("latin1").decode(flipBit(new TextEncoder().encode(text), bit));
}

describe.each([
  ["Web Crypto entry", webEntry],
  ["node entry", nodeEntry],
])("%s (properties)", (_, { verifySignature }) => {
  it("accepts what an independent signer signed, anywhere in the window", async () => {
    await fc.assert(
      fc.asyncProperty(deliveryArb, async (delivery) => {
        expect(await verifySignature(delivery)).toEqual({ ok: true });
      }),
      { numRuns },
    );
  });

  it("rejects a body with any single bit flipped", async () => {
    const arb = deliveryArb
      .filter((d) => d.body.length > 0)
      .chain((d) => fc.tuple(fc.constant(d), fc.nat({ max: d.body.length * 8 - 1 })));
    await fc.assert(
      fc.asyncProperty(arb, async ([delivery, bit]) => {
        const result = await verifySignature({ ...delivery, body: flipBit(delivery.body, bit) });
        expect(result).toMatchObject({ ok: false, reason: "signature_mismatch" });
      }),
      { numRuns },
    );
  });

  it("rejects a timestamp with any single bit flipped", async () => {
    const arb = deliveryArb.chain((d) =>
      fc.tuple(fc.constant(d), fc.nat({ max: d.timestamp.length * 8 - 1 })),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ([delivery, bit]) => {
        const timestamp = flipTextBit(delivery.timestamp, bit);
        const result = await verifySignature({ ...delivery, timestamp });
        expect(result.ok).toBe(false);
      }),
      { numRuns },
    );
  });

  it("rejects a signature with any single bit flipped", async () => {
    const arb = deliveryArb.chain((d) => fc.tuple(fc.constant(d), fc.nat({ max: 44 * 8 - 1 })));
    await fc.assert(
      fc.asyncProperty(arb, async ([delivery, bit]) => {
        const signature = flipTextBit(delivery.signature, bit);
        const result = await verifySignature({ ...delivery, signature });
        expect(result).toMatchObject({ ok: false });
        if (result.ok) return;
        expect(["malformed_signature", "signature_mismatch", "missing_signature"]).toContain(
          result.reason,
        );
      }),
      { numRuns },
    );
  });

  it("rejects another secret", async () => {
    const arb = fc
      .tuple(deliveryArb, secretArb)
      .filter(([delivery, other]) => hmacKeyOf(delivery.secret) !== hmacKeyOf(other));
    await fc.assert(
      fc.asyncProperty(arb, async ([delivery, secret]) => {
        const result = await verifySignature({ ...delivery, secret });
        expect(result).toMatchObject({ ok: false, reason: "signature_mismatch" });
      }),
      { numRuns },
    );
  });

  it("never throws on arbitrary header values", async () => {
    const header = fc.oneof(fc.string(), fc.constant(undefined), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(deliveryArb, header, header, async (delivery, signature, timestamp) => {
        const result = await verifySignature({ ...delivery, signature, timestamp });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns },
    );
  });
});

describe("entries agree (properties)", () => {
  it("Web Crypto and node:crypto give the same result and signature", async () => {
    const arb = fc.tuple(deliveryArb, fc.boolean(), fc.integer({ min: -1e6, max: 1e6 }));
    await fc.assert(
      fc.asyncProperty(arb, async ([delivery, tamper, extraSkew]) => {
        const body = tamper ? new Uint8Array([...delivery.body, 0x20]) : delivery.body;
        const now = () => delivery.now() + extraSkew;
        const options = { ...delivery, body, now };
        expect(await nodeEntry.verifySignature(options)).toEqual(
          await webEntry.verifySignature(options),
        );
        expect(await nodeEntry.signPayload(body, delivery.secret, delivery.timestamp)).toBe(
          await webEntry.signPayload(body, delivery.secret, delivery.timestamp),
        );
      }),
      { numRuns },
    );
  });
});
