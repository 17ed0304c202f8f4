import { describe, expect, it } from "vitest";
import { parseTimestamp as patternParser } from "../../src/signature/timestamp.js";
import { parseTimestampChars } from "../../src/signature/timestamp-chars.js";

// The pattern parser (Web Crypto engine) and the char-code one (node:crypto engine) alike.
describe.each([
  ["parseTimestamp", patternParser],
  ["parseTimestampChars", parseTimestampChars],
])("%s", (_, parseTimestamp) => {
  it.each([
    ["2025-01-01T08:34:23Z", Date.UTC(2025, 0, 1, 8, 34, 23)],
    ["2025-01-01t08:34:23z", Date.UTC(2025, 0, 1, 8, 34, 23)],
    ["2024-04-15T23:12:54.0001Z", Date.UTC(2024, 3, 15, 23, 12, 54, 0)],
    ["2024-04-15T23:12:54.1239Z", Date.UTC(2024, 3, 15, 23, 12, 54, 123)],
    ["2024-04-15T23:12:54.5Z", Date.UTC(2024, 3, 15, 23, 12, 54, 500)],
    ["2025-01-01T10:34:23+02:00", Date.UTC(2025, 0, 1, 8, 34, 23)],
    ["2025-01-01T03:04:23-05:30", Date.UTC(2025, 0, 1, 8, 34, 23)],
    ["2025-01-01T08:34:23-00:00", Date.UTC(2025, 0, 1, 8, 34, 23)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
    ["2000-02-29T00:00:00Z", Date.UTC(2000, 1, 29)],
    ["0001-01-01T00:00:00Z", -62135596800000],
    ["9999-12-31T23:59:59.999Z", 253402300799999],
  ])("parses %s", (text, want) => {
    expect(parseTimestamp(text)).toBe(want);
  });

  it.each([
    "",
    "1735720463",
    "1735720463000",
    "2025-01-01",
    "08:34:23Z",
    "2025-01-01T08:34:23",
    "2025-01-01 08:34:23Z",
    "2025-01-01T08:34Z",
    "2025-01-01T08:34:23.Z",
    "2025-01-01T08:34:23+0200",
    "2025-01-01T08:34:23+02",
    "+275760-09-13T00:00:00Z",
    "275760-09-13T00:00:00.000Z",
    "2025-13-01T00:00:00Z",
    "2025-00-01T00:00:00Z",
    "2025-01-00T00:00:00Z",
    "2025-04-31T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    "2025-01-01T24:00:00Z",
    "2025-01-01T23:60:00Z",
    "2016-12-31T23:59:60Z",
    "2025-01-01T08:34:23+24:00",
    "2025-01-01T08:34:23+02:60",
    " 2025-01-01T08:34:23Z",
    "2025-01-01T08:34:23Z\n",
    "２０２５-01-01T08:34:23Z",
    "Wed, 01 Jan 2025 08:34:23 GMT",
    "2025-01-01T08:34:23Z, 2025-01-01T08:34:24Z",
  ])("rejects %j", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});
