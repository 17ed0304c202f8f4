import {
  nextPageCursor,
  parseRetryAfter,
  retryDelayMs,
  retryPolicy,
} from "@lucca-events/core/client";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("nextPageCursor", () => {
  it.each([
    [
      "the page parameter of links.next.href",
      { next: { href: "https://x.ilucca.net/lucca-api/events?page=!S7DHF&limit=25" } },
      "!S7DHF",
    ],
    [
      "a percent-encoded cursor, decoded",
      { next: { href: "https://x.test/e?include=links&page=%21a%2Bb" } },
      "!a+b",
    ],
    ["a relative href", { next: { href: "/lucca-api/events?page=2" } }, "2"],
    ["null next on the last page", { prev: null, next: null }, undefined],
    ["no links at all", null, undefined],
    ["a next link without page", { next: { href: "https://x.test/e?limit=5" } }, undefined],
  ])("reads %s", (_name, links, want) => {
    expect(nextPageCursor({ items: [], links })).toBe(want);
  });
});

describe("Retry-After (RFC 9110 §10.2.3)", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each([
    ["delay-seconds", "3", 3000],
    ["an HTTP-date", "Thu, 01 Jan 2026 00:00:05 GMT", 5000],
    ["a date in the past, as zero", "Wed, 31 Dec 2025 23:00:00 GMT", 0],
    ["garbage, as absent", "soon", undefined],
    ["absent", null, undefined],
  ])("reads %s", (_name, header, want) => {
    expect(parseRetryAfter(header, now)).toBe(want);
  });

  it("gives up rather than wait less than a Retry-After longer than maxDelayMs", () => {
    expect(retryDelayMs(1, "120", retryPolicy({ maxDelayMs: 30_000 }), now)).toBeUndefined();
  });
});

describe("backoff with full jitter", () => {
  it("stays within [0, min(maxDelayMs, base·2^(attempt−1))] for any attempt and random draw", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 120_000 }),
        (attempt, draw, baseDelayMs, maxDelayMs) => {
          const policy = retryPolicy({ baseDelayMs, maxDelayMs, random: () => draw });
          const delay = retryDelayMs(attempt, null, policy, 0)!;
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
        },
      ),
    );
  });
});
