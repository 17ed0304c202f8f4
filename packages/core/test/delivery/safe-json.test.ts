import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, parseJsonSafely } from "../../src/delivery/safe-json.js";

const UNSAFE = ["__proto__", "constructor", "prototype"];

// JSON text built by hand: an object literal in JS cannot hold an own `__proto__` key, and a key
// may be spelled with `\u` escapes, which the parsed keys must still be recognised through.
const key = fc
  .oneof(fc.constantFrom(...UNSAFE), fc.constantFrom("id", "type", "url", "data"), fc.string())
  .chain((name) =>
    fc.boolean().map((escaped) => (escaped ? escapeAll(name) : JSON.stringify(name))),
  );
const { json } = fc.letrec<{ json: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 0 }).map((value) => JSON.stringify(value)),
    fc.array(tie("json"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
    fc
      .array(fc.tuple(key, tie("json")), { maxLength: 4 })
      .map((entries) => `{${entries.map(([name, value]) => `${name}:${value}`).join(",")}}`),
  ),
}));

function escapeAll(name: string): string {
  const units = [...name].map((char) =>
    [...char].map((_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""),
  );
  return `"${units.join("")}"`;
}

// The reference: JSON.parse with a reviver that drops the unsafe keys everywhere.
function reference(text: string): unknown {
  return JSON.parse(text, (name, value: unknown) => (UNSAFE.includes(name) ? undefined : value));
}

function unsafeKeyPaths(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((name) => [
    ...(UNSAFE.includes(name) ? [`${path}/${name}`] : []),
    ...unsafeKeyPaths((value as Record<string, unknown>)[name], `${path}/${name}`),
  ]);
}

describe("parseJsonSafely", () => {
  it("parses any JSON as JSON.parse does, with the unsafe keys dropped at every depth", () => {
    fc.assert(
      fc.property(json, (text) => {
        const result = parseJsonSafely(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(unsafeKeyPaths(result.value)).toEqual([]);
        expect(result.value).toStrictEqual(reference(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves Object.prototype untouched", () => {
    const result = parseJsonSafely('{"a":[{"__proto__":{"polluted":true}}],"constructor":{}}');
    expect(result).toStrictEqual({ ok: true, value: { a: [{}] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting past the limit, counted on the text", () => {
    const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
    expect(parseJsonSafely(deep(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseJsonSafely(deep(MAX_JSON_DEPTH + 1))).toStrictEqual({
      ok: false,
      reason: "too_deep",
    });
  });

  it("refuses nesting past the limit behind an unsafe key met first", () => {
    const deep = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    for (const text of [`[{"__proto__":1},${deep}]`, `{"constructor":1,"a":${deep}}`]) {
      expect(parseJsonSafely(text)).toStrictEqual({ ok: false, reason: "too_deep" });
    }
  });

  it("refuses exactly the texts whose brackets outside strings nest past the limit", () => {
    // The reference counts on the text, as a stack-free reader would: `[` and `{` outside
    // strings, an escaped quote staying inside its string.
    const textDepth = (text: string) => {
      let depth = 0;
      let deepest = 0;
      let inString = false;
      for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
          if (char === "\\") i++;
          else if (char === '"') inString = false;
        } else if (char === '"') inString = true;
        else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
        else if (char === "]" || char === "}") depth--;
      }
      return deepest;
    };
    const opener = fc.constantFrom('["[{\\"]",', '{"k":', '{"__proto__":1,"k":', "[");
    const nested = fc
      .tuple(fc.array(opener, { minLength: MAX_JSON_DEPTH - 3, maxLength: MAX_JSON_DEPTH + 3 }))
      .map(([openers]) => {
        const close = (open: string) => (open.startsWith("[") ? "]" : "}");
        return openers.join("") + '"x"' + openers.map(close).reverse().join("");
      });
    fc.assert(
      fc.property(nested, (text) => {
        const tooDeep = textDepth(text) > MAX_JSON_DEPTH;
        const result = parseJsonSafely(text);
        expect(result.ok ? "ok" : result.reason).toBe(tooDeep ? "too_deep" : "ok");
      }),
      { numRuns: 300 },
    );
  });

  it("refuses text that is not JSON, and tolerates a leading BOM", () => {
    expect(parseJsonSafely("{")).toStrictEqual({ ok: false, reason: "syntax" });
    expect(parseJsonSafely('\ufeff{"a":1}')).toStrictEqual({ ok: true, value: { a: 1 } });
  });
});
