/**
 * The remaining string formats: JSON Pointers (RFC 6901, JSON Schema 2020-12 §7.3.7), URI
 * templates (RFC 6570, §7.3.6), regular expressions (ECMA-262, §7.3.8), UUIDs (RFC 4122, §7.3.5)
 * and OpenAPI's `byte` (RFC 4648 base64, OpenAPI 3.1 §4.2).
 */
import { lazy } from "./lazy.js";

// RFC 6901 §3: json-pointer = *( "/" reference-token ), "~" only as "~0" or "~1".
const JSON_POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;
// draft-handrews-relative-json-pointer-01 §3, the draft 2020-12 cites: a non-negative integer,
// then "#" or a JSON Pointer.
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~[01])*)*)$/;

/** A JSON Pointer such as `/data/employee/0`, or the empty pointer (the whole document). */
export function isJsonPointer(value: string): boolean {
  return JSON_POINTER.test(value);
}

/** A relative JSON Pointer such as `0/name` or `1#`. */
export function isRelativeJsonPointer(value: string): boolean {
  return RELATIVE_JSON_POINTER.test(value);
}

// RFC 6570 §2.1 literals (printable ASCII but space, `"%<>\^\`{|}`, plus ucschar, iprivate and
// pct-encoded; the apostrophe, a sub-delim of RFC 3986 §2.2, is admitted as validators commonly
// do) and §2.2–2.5 expressions up to level 4.
// Built on first use, so a bundle that never checks this format drops it.
const URI_TEMPLATE = /* @__PURE__ */ lazy(() => {
  const PCT = "%[0-9A-Fa-f]{2}";
  const LITERAL = String.raw`(?:[\x21\x23\x24\x26-\x3b\x3d\x3f-\x5b\x5d\x5f\x61-\x7a\x7e\u{a0}-\u{d7ff}\u{e000}-\u{fdcf}\u{fdf0}-\u{ffef}\u{10000}-\u{1fffd}\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}\u{40000}-\u{4fffd}\u{50000}-\u{5fffd}\u{60000}-\u{6fffd}\u{70000}-\u{7fffd}\u{80000}-\u{8fffd}\u{90000}-\u{9fffd}\u{a0000}-\u{afffd}\u{b0000}-\u{bfffd}\u{c0000}-\u{cfffd}\u{d0000}-\u{dfffd}\u{e1000}-\u{efffd}\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]|${PCT})`;
  const VARCHAR = `(?:[A-Za-z0-9_]|${PCT})`;
  const VARSPEC = `${VARCHAR}(?:\\.?${VARCHAR})*(?::[1-9][0-9]{0,3}|\\*)?`;
  const EXPRESSION = `\\{[+#./;?&=,!@|]?${VARSPEC}(?:,${VARSPEC})*\\}`;
  return new RegExp(`^(?:${LITERAL}|${EXPRESSION})*$`, "u");
});

/** An RFC 6570 URI Template such as `https://example.com/{resource}{?page,limit}`. */
export function isUriTemplate(value: string): boolean {
  return URI_TEMPLATE().test(value);
}

/**
 * A regular expression ECMA-262 accepts with the `u` flag, the dialect JSON Schema 2020-12 §6.4
 * names. Compiling is linear in the pattern's length; it is never run.
 */
export function isRegex(value: string): boolean {
  try {
    new RegExp(value, "u");
    return true;
  } catch {
    return false;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An RFC 4122 §3 UUID in its hyphenated form (hex digits read in either case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

// RFC 4648 §4 with its "=" padding; no line breaks, no URL-safe alphabet (that is §5).
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard padded base64 (OpenAPI `byte`), e.g. `aGVsbG8=`. */
export function isBase64(value: string): boolean {
  return BASE64.test(value);
}
