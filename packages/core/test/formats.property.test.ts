import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isDate,
  isDateTime,
  isEmail,
  isIpv4,
  isIpv6,
  isIri,
  isIriReference,
  isPhone,
  isTime,
  isUri,
  isUriReference,
} from "../src/formats.js";
import {
  referenceDate,
  referenceDateTime,
  referenceEmail,
  referenceIpv4,
  referenceIpv6,
  referenceIri,
  referenceIriReference,
  referencePhone,
  referenceTime,
  referenceUri,
  referenceUriReference,
} from "./fixtures/format-references.js";

// Each fast parser must agree with its plain reference on every string: valid ones built from
// the grammar, then broken one character at a time. `pnpm fuzz` raises the count.
const numRuns = Number(process.env.FC_NUM_RUNS ?? 20_000);

const pad = (width: number) => (value: number) => String(value).padStart(width, "0");
// Mostly values inside the bound, and the values around it and past it.
const upTo = (max: number, width = 2) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max }).map(pad(width)) },
    { weight: 2, arbitrary: fc.constantFrom(max, max + 1, 0).map(pad(width)) },
    { weight: 1, arbitrary: fc.constantFrom("", "7", "100", "1\u0663") },
  );
const year = fc.oneof(fc.constantFrom(1900, 2000, 2023, 2024, 2100).map(pad(4)), upTo(9999, 4));
const dateArb = fc
  .tuple(year, upTo(12), fc.oneof(upTo(28), upTo(31)))
  .map(([y, m, d]) => `${y}-${m}-${d}`);
const offsetArb = fc.oneof(
  fc.constantFrom("Z", "z", "", "+00:00", "-00:00", "+01:30", "-08:00", "+24:00", "Z+01:00"),
  fc.tuple(fc.constantFrom("+", "-"), upTo(23), upTo(59)).map(([s, h, m]) => `${s}${h}:${m}`),
);
const timeArb = fc
  .tuple(
    fc.oneof(fc.constantFrom("23", "15", "01"), upTo(23)),
    fc.oneof(fc.constantFrom("59", "29"), upTo(59)),
    upTo(60),
    fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{0,12}$/)),
    offsetArb,
  )
  .map(([h, m, s, fraction, offset]) => `${h}:${m}:${s}${fraction}${offset}`);
const dateTimeArb = fc
  .tuple(dateArb, fc.constantFrom("T", "t", "T", " "), timeArb)
  .map(([date, separator, time]) => `${date}${separator}${time}`);

const HOSTS = ["example.com", "[2001:db8::7]", "[v1.x:y]", "192.0.2.1", "ƒøø.ßår", "", "a%20b"];
const uriArb = fc
  .tuple(
    fc.constantFrom("https:", "http:", "urn:", "mailto:", "a+b.c-d:", "1a:", ""),
    fc.oneof(
      fc.constant(""),
      fc
        .tuple(
          fc.constantFrom("", "user:pw@", "ü@", "%41@"),
          fc.constantFrom(...HOSTS),
          fc.constantFrom("", ":443", ":", ":x"),
        )
        .map(([userinfo, host, port]) => `//${userinfo}${host}${port}`),
    ),
    fc
      .array(fc.constantFrom("a", "employees", "416", "é", "%2F", "x:y", "@", "(!)", "", "😀"), {
        maxLength: 4,
      })
      .map((segments) => segments.join("/")),
    fc.constantFrom(
      "",
      "/",
      "?",
      "?a=b&c=d",
      "?\u{e000}",
      "?x?/y",
      "#",
      "#frag",
      "#a#b",
      "#\u{e000}",
    ),
  )
  .map((parts) => parts.join(""));

// One edit: insert, replace or delete a character drawn from those the grammars care about, or
// cut the string short (a parser reading fixed positions must not read past the end).
const TRICKY = [
  ..."0123456789:-+.TtZz /?#[]@%!$&'()*,;=~_éƒ\u{e000}\u{fffe}",
  "😀",
  "\ud800",
  "\u0663",
];
function nearValid(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edited = fc
    .tuple(
      valid,
      fc.nat(),
      fc.constantFrom(...TRICKY),
      fc.constantFrom("insert", "replace", "delete", "truncate"),
    )
    .map(([text, at, character, edit]) => {
      const index = text.length === 0 ? 0 : at % (text.length + 1);
      if (edit === "insert") return text.slice(0, index) + character + text.slice(index);
      if (edit === "replace") return text.slice(0, index) + character + text.slice(index + 1);
      if (edit === "truncate") return text.slice(0, index);
      return text.slice(0, index) + text.slice(index + 1);
    });
  return fc.oneof(valid, edited, fc.string({ maxLength: 30 }));
}

const ipv6Arb = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.stringMatching(/^[0-9a-f]{1,4}$/) },
        { weight: 2, arbitrary: fc.constant("") },
        { weight: 1, arbitrary: fc.constantFrom("12345", "g", "0000") },
      ),
      { minLength: 1, maxLength: 9 },
    ),
    fc.constantFrom("", "", "192.0.2.1", "1.2.3", "01.2.3.4", "256.1.1.1"),
  )
  .map(([groups, ipv4]) => groups.join(":") + (ipv4 === "" ? "" : `:${ipv4}`));
const ipv4Arb = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 255 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom("256", "300", "00", "01", "") },
    ),
    { minLength: 3, maxLength: 5 },
  )
  .map((octets) => octets.join("."));

const emailArb = fc
  .tuple(
    fc.constantFrom(
      "ada",
      "ada.lovelace",
      "a+b",
      '"ada lovelace"',
      '"a\\"b"',
      "a".repeat(64),
      ".a",
      "a..b",
    ),
    fc.constantFrom(
      "example.com",
      "a-b.example",
      "x".repeat(63) + ".com",
      "-a.com",
      "[192.0.2.1]",
      "[IPv6:::1]",
      "[x:y]",
      "a_b.com",
    ),
  )
  .map(([local, domain]) => `${local}@${domain}`);
const phoneArb = fc
  .tuple(
    fc.constantFrom("", "+"),
    fc.array(fc.constantFrom(..."0123456789 ().-"), { maxLength: 20 }),
  )
  .map(([plus, characters]) => plus + characters.join(""));

describe("fast format parsers agree with the plain references", () => {
  it.each([
    ["date", isDate, referenceDate, dateArb],
    ["time", isTime, referenceTime, timeArb],
    ["date-time", isDateTime, referenceDateTime, dateTimeArb],
    ["ipv4", isIpv4, referenceIpv4, ipv4Arb],
    ["ipv6", isIpv6, referenceIpv6, ipv6Arb],
    ["uri", isUri, referenceUri, uriArb],
    ["uri-reference", isUriReference, referenceUriReference, uriArb],
    ["iri", isIri, referenceIri, uriArb],
    ["iri-reference", isIriReference, referenceIriReference, uriArb],
    ["email", isEmail, referenceEmail, emailArb],
    ["phone", isPhone, referencePhone, phoneArb],
  ] as const)("%s", (_name, fast, reference, valid) => {
    let accepted = 0;
    fc.assert(
      fc.property(nearValid(valid), (value) => {
        const want = reference(value);
        if (want) accepted++;
        expect(fast(value)).toBe(want);
      }),
      { numRuns },
    );
    // The generators must reach both sides of the grammar, or agreement proves little.
    expect(accepted).toBeGreaterThan(numRuns / 50);
    expect(accepted).toBeLessThan(numRuns);
  });
});
