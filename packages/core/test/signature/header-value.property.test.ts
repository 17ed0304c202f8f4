import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/signature/header-value.js";

// Only spaces and tabs around a header value are dropped (RFC 9110 §5.5): any other whitespace at
// its edges must survive, so that the value stays malformed rather than being repaired.
const OWS = " \t";
const OTHER_WHITESPACE = "\n\r\v\f\u00a0\u2028\ufeff\u3000";

function stripOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && OWS.includes(text[start]!)) start++;
  while (end > start && OWS.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

describe("readHeader", () => {
  it.each([
    [undefined, ""],
    [null, ""],
    ["", ""],
    [" \t ", ""],
    [" \tabc\t ", "abc"],
    ["a b", "a b"],
  ])("reads %j as %j", (raw, want) => {
    expect(readHeader(raw)).toBe(want);
  });

  it.each([[["a"]], [42], [{}]])("finds %j unusable", (raw) => {
    expect(readHeader(raw)).toBeUndefined();
  });

  it.each([" \n ", "\u00a0", "abc\n", " \ufeffabc", "\r\n"])(
    "keeps other whitespace at the edges of %j",
    (raw) => {
      const value = readHeader(raw)!;
      expect(value).not.toBe("");
      expect(value.trim()).not.toBe(value);
    },
  );

  it("drops exactly the surrounding spaces and tabs, and repairs nothing else", () => {
    const text = fc
      .array(fc.constantFrom(...OWS, ...OTHER_WHITESPACE, "a", "="), { maxLength: 12 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, (raw) => {
        const want = stripOws(raw);
        const value = readHeader(raw)!;
        if (want.trim() === want) expect(value).toBe(want);
        else {
          // Other whitespace at an edge: the value must stay non-empty with it, so malformed.
          expect(value).not.toBe("");
          expect(value.trim()).not.toBe(value);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
