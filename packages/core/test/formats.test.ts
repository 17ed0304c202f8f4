import { describe, expect, it } from "vitest";
import { formats, type NumberFormat, type StringFormat } from "../src/formats.js";

function check(name: string, value: string | number): boolean {
  const format = formats[name] as StringFormat | NumberFormat;
  return typeof format === "function" ? format(value as string) : format.validate(value as number);
}

describe("formats", () => {
  it.each([
    ["date-time", "2024-04-15T23:12:54.0001Z", true],
    ["date-time", "2024-04-15T23:12:54+02:00", true],
    ["date-time", "2024-02-29T00:00:00z", true],
    ["date-time", "2024-04-15T23:12:54", false],
    ["date-time", "2023-02-29T00:00:00Z", false],
    ["date-time", "2024-04-15T24:00:00Z", false],
    ["date-time", "2024-04-15T23:12:54+25:00", false],
    ["date-time", "2024-04-15", false],
    ["date-time-offset", "2023-01-23T12:45:23.1234Z", true],
    ["date-time-offset", "2023-01-23 12:45:23", false],
    ["date", "2024-11-01", true],
    ["date", "2024-11-31", false],
    ["date", "2024-11-01T00:00:00Z", false],
    ["time", "08:34:23", true],
    ["time", "8:34", false],
    ["email", "ada.lovelace@example.com", true],
    ["email", "Ada <ada@example.com>", false],
    ["email", "ada@", false],
    ["uri", "https://example.ilucca.net/lucca-api/employees/416", true],
    ["uri", "about:blank", true],
    ["uri", "/lucca-api/employees/416", false],
    ["uri", "https://example.com/a b", false],
    ["uri-reference", "/lucca-api/employees/416", true],
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
    ["int32", 2147483647, true],
    ["int32", 2147483648, false],
    ["int32", 1.5, false],
    ["int64", 2 ** 40, true],
    ["double", Number.NaN, false],
  ] as const)("%s: %s → %s", (name, value, want) => {
    expect(check(name, value)).toBe(want);
  });

  it("covers every format the specs use", () => {
    expect(Object.keys(formats)).toEqual(
      expect.arrayContaining([
        "date-time",
        "date-time-offset",
        "date",
        "email",
        "uri",
        "phone",
        "int32",
      ]),
    );
  });
});
