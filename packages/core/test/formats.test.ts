import { describe, expect, it } from "vitest";
import * as formatsModule from "../src/formats.js";
import { FORMAT_NAMES, formats, type NumberFormat, type StringFormat } from "../src/formats.js";
import vectors from "./fixtures/json-schema-format-vectors.json" with { type: "json" };

function check(name: string, value: string | number): boolean {
  const format = formats[name] as StringFormat | NumberFormat;
  return typeof format === "function" ? format(value as string) : format.validate(value as number);
}

const JSON_SCHEMA_FORMATS = [
  "date-time",
  "date",
  "time",
  "duration",
  "email",
  "idn-email",
  "hostname",
  "idn-hostname",
  "ipv4",
  "ipv6",
  "uri",
  "uri-reference",
  "iri",
  "iri-reference",
  "uuid",
  "uri-template",
  "json-pointer",
  "relative-json-pointer",
  "regex",
];
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];

describe("formats", () => {
  it("checks every JSON Schema 2020-12 and OpenAPI format, and Lucca's own", () => {
    expect([...FORMAT_NAMES].sort()).toEqual(
      [...JSON_SCHEMA_FORMATS, ...OPENAPI_FORMATS, "date-time-offset", "phone"].sort(),
    );
  });

  it("exports each check by name, so a validator can import only those it uses", () => {
    const exported = new Set<unknown>(Object.values(formatsModule));
    for (const name of FORMAT_NAMES) expect(exported.has(formats[name]), name).toBe(true);
  });

  describe.each(Object.entries(vectors.formats))("JSON Schema test suite: %s", (name, cases) => {
    it.each(cases.map((test) => [test.description, test.data, test.valid] as const))(
      "%s",
      (_description, data, valid) => {
        expect(check(name, data)).toBe(valid);
      },
    );
  });

  it.each([
    ["date-time", "2024-04-15T23:12:54.0001Z", true],
    ["date-time", "2024-04-15T23:12:54+02:00", true],
    ["date-time", "2024-02-29T00:00:00z", true],
    ["date-time", "2024-04-15T23:12:54", false],
    ["date-time", "2023-02-29T00:00:00Z", false],
    ["date-time", "2000-02-29T00:00:00Z", true],
    ["date-time", "1900-02-29T00:00:00Z", false],
    ["date-time", "2024-04-15 23:12:54Z", false],
    ["date-time-offset", "2023-01-23T12:45:23.1234Z", true],
    ["date-time-offset", "2023-01-23 12:45:23", false],
    ["date", "2024-11-01", true],
    ["date", "2024-11-31", false],
    ["date", "2024-11-01T00:00:00Z", false],
    ["time", "08:34:23Z", true],
    // JSON Schema's `time` is RFC 3339 full-time: the offset is part of it.
    ["time", "08:34:23", false],
    ["duration", "p1dt2h", true],
    ["email", "ada.lovelace@example.com", true],
    ["email", "Ada <ada@example.com>", false],
    ["email", `${"a".repeat(65)}@example.com`, false],
    ["uri", "https://example.ilucca.net/lucca-api/employees/416", true],
    ["uri", "about:blank", true],
    ["uri", "/lucca-api/employees/416", false],
    ["uri", "https://example.com/a b", false],
    ["uri-reference", "/lucca-api/employees/416", true],
    ["uri-reference", "a:b:c", true],
    ["uri-reference", "/a b", false],
    ["uuid", "0b7e7dee-87ac-4d7b-8b2e-1a2b3c4d5e6f", true],
    ["uuid", "0b7e7dee87ac4d7b8b2e1a2b3c4d5e6f", false],
    ["phone", "+3356565656", true],
    ["phone", "+33 6 12 34 56 78", true],
    ["phone", "(555) 123-4567", true],
    ["phone", "12345", false],
    ["phone", "+33 6 12 34 56 78 ext. 2", false],
    ["phone", "1234567890123456", false],
    ["byte", "aGVsbG8=", true],
    ["byte", "aGVsbG8", false],
    ["password", "", true],
    ["int32", 2147483647, true],
    ["int32", 2147483648, false],
    ["int32", 1.5, false],
    ["int64", 2 ** 40, true],
    ["int64", 2 ** 63, false],
    ["float", 1e38, true],
    ["float", 1e39, false],
    ["double", 1e300, true],
    ["double", Number.NaN, false],
  ] as const)("%s: %s → %s", (name, value, want) => {
    expect(check(name, value)).toBe(want);
  });
});
