import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equal, ucs2length } from "./ajv-runtime.js";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

describe("ajv runtime helpers", () => {
  it("ucs2length counts code points", () => {
    expect(ucs2length("é😀a")).toBe(3);
    expect(ucs2length("\uD800")).toBe(1);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => ucs2length(text) === [...text].length),
      { numRuns },
    );
  });

  it("equal agrees with node's deep equality on JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(equal(a, b)).toBe(isDeepStrictEqual(a, b));
        expect(equal(a, structuredClone(a))).toBe(true);
      }),
      { numRuns },
    );
    expect(equal([1, { a: [2] }], [1, { a: [2] }])).toBe(true);
    expect(equal({ a: 1 }, { b: 1 })).toBe(false);
    expect(equal([], {})).toBe(false);
  });
});
