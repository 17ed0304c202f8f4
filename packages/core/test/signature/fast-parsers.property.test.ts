import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "../../src/signature/base64.js";
import { nodeCryptoHmac } from "../../src/signature/node-crypto-hmac.js";
import { parseTimestamp } from "../../src/signature/timestamp.js";
import { parseTimestampChars } from "../../src/signature/timestamp-chars.js";

// The fast paths of the verifier against plain references: Node's Buffer, lenient, made strict by
// re-encoding what it decoded, for the Base64 decoder; a regex for the char-code timestamp parser. Inputs are valid values with random edits, so
// most are near misses (one character off), where a fast parser would go wrong.

function mutated(valid: fc.Arbitrary<string>, alphabet: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom("replace", "insert", "delete"),
    char: fc.constantFrom(...alphabet),
  });
  return fc.tuple(valid, fc.array(edit, { maxLength: 2 })).map(([text, edits]) => {
    let out = text;
    for (const { at, kind, char } of edits) {
      const i = out.length === 0 ? 0 : at % (out.length + (kind === "insert" ? 1 : 0));
      if (kind === "replace") out = out.slice(0, i) + char + out.slice(i + 1);
      else if (kind === "insert") out = out.slice(0, i) + char + out.slice(i);
      else out = out.slice(0, i) + out.slice(i + 1);
    }
    return out;
  });
}

const BASE64_CHARS = "AQgwBZ/+=-_ \n\t\u00c0aq9";
const TIMESTAMP_CHARS = "0123456789-:.TtZz+ \u0660";

const referenceTimestamp = (text: string): number | undefined => {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/.exec(
      text,
    );
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, sign, oh, om] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
  const [offsetHour, offsetMinute] = [Number(oh ?? 0), Number(om ?? 0)];
  const leap = (year! % 4 === 0 && year! % 100 !== 0) || year! % 400 === 0;
  const days = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month!] ?? 0;
  if (month! < 1 || month! > 12 || day! < 1 || day! > days) return undefined;
  if (hour! > 23 || minute! > 59 || second! > 59 || offsetHour > 23 || offsetMinute > 59) {
    return undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day);
  date.setUTCHours(hour!, minute!, second!, Number(`${fraction ?? ""}000`.slice(0, 3)));
  const offsetMs = (offsetHour * 60 + offsetMinute) * 60_000;
  return date.getTime() + (sign === "-" ? offsetMs : -offsetMs);
};

const validTimestamp = fc
  .tuple(
    fc.date({
      min: new Date(-62_167_219_200_000),
      max: new Date(253_402_300_799_999),
      noInvalidDate: true,
    }),
    fc.constantFrom("", ".5", ".123", ".000001", ".98765"),
    fc.constantFrom("Z", "z", "+00:00", "-05:30", "+14:00", "+23:59"),
    fc.boolean(),
  )
  .map(([date, fraction, zone, lower]) => {
    const iso = date.toISOString();
    const text = `${iso.slice(0, 19)}${fraction}${zone}`;
    return lower ? text.replace("T", "t") : text;
  })
  .filter((text) => !text.startsWith("-") && !text.startsWith("+"));

describe("verifier fast paths", () => {
  it("both Base64 decoders accept exactly the canonical spellings, and decode them as Buffer does", () => {
    const valid = fc.uint8Array({ maxLength: 40 }).map(encodeBase64);
    const reference = (text: string) => {
      const bytes = Buffer.from(text, "base64");
      return bytes.toString("base64") === text ? new Uint8Array(bytes) : undefined;
    };
    fc.assert(
      fc.property(mutated(valid, BASE64_CHARS), (text) => {
        const want = reference(text);
        expect(decodeBase64(text)).toEqual(want);
        const decoded = nodeCryptoHmac.decodeBase64(text);
        expect(decoded === undefined ? undefined : new Uint8Array(decoded)).toEqual(want);
      }),
      { numRuns: 20_000 },
    );
  });

  it("both timestamp parsers give the regex reference's answer on valid and near-valid date-times", () => {
    fc.assert(
      fc.property(mutated(validTimestamp, TIMESTAMP_CHARS), (text) => {
        const want = referenceTimestamp(text);
        expect(parseTimestamp(text)).toBe(want);
        expect(parseTimestampChars(text)).toBe(want);
      }),
      { numRuns: 20_000 },
    );
  });

  it("node:crypto decodeUtf8 decodes exactly what a fatal TextDecoder keeping a BOM does", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const reference = (bytes: Uint8Array) => {
      try {
        return decoder.decode(bytes);
      } catch {
        return undefined;
      }
    };
    // Text of every width (ASCII, Latin-1, astral, a BOM), then bytes flipped, cut or inserted.
    const text = fc.string({ unit: fc.constantFrom("a", "{", "é", "€", "😀", "\ufeff", "\u0000") });
    const edit = fc.record({
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      cut: fc.boolean(),
    });
    const bytes = fc.tuple(text, fc.array(edit, { maxLength: 2 })).map(([value, edits]) => {
      const out = [...new TextEncoder().encode(value)];
      for (const { at, byte, cut } of edits) {
        if (out.length === 0) out.push(byte);
        else if (cut) out.splice(at % out.length, 1);
        else out[at % out.length] = byte;
      }
      return new Uint8Array(out);
    });
    fc.assert(
      fc.property(fc.oneof(bytes, fc.uint8Array({ maxLength: 16 })), (input) => {
        expect(nodeCryptoHmac.decodeUtf8(input)).toBe(reference(input));
      }),
      { numRuns: 20_000 },
    );
  });
});
