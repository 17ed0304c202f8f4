/**
 * The one JSON parser for everything read from a delivery (the body, and CloudEvents attribute
 * headers when they are allowed at all).
 *
 * - Keys `__proto__`, `constructor` and `prototype` are dropped wherever they appear: they are no
 *   part of any Lucca resource, and a naive deep merge of `{"constructor":{"prototype":{…}}}` or
 *   `{"__proto__":{…}}` into an object would reach `Object.prototype`.
 * - Nesting deeper than {@link MAX_JSON_DEPTH} is refused whatever the text holds, before anything
 *   recursive (the reviver, the validator, a caller's walk) sees the value. The nesting of arrays
 *   and objects in the parsed value is the nesting of brackets outside strings in the text, so
 *   `\u` escapes cannot change it.
 * - A leading BOM is tolerated (RFC 8259 §8.1 allows parsers to ignore it).
 */
export const MAX_JSON_DEPTH = 256;

/** The result of {@link parseJsonSafely}: the value, or why the text was refused. */
export type SafeJsonResult =
  { ok: true; value: unknown } | { ok: false; reason: "syntax" | "too_deep" };

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

// What the walk over a parsed value finds.
const SAFE = 0;
const UNSAFE_KEY = 1;
const TOO_DEEP = 2;

/** Parses JSON text from a delivery; never throws. */
export function parseJsonSafely(text: string): SafeJsonResult {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    // V8's and JavaScriptCore's JSON.parse keep their own stack, so a deep text cannot overflow
    // ours here; an engine that throws a RangeError instead refuses it as not JSON.
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: "syntax" };
  }
  // One walk tells both the depth and the unsafe keys: counting brackets in the text first cost
  // more than the walk (an indexOf per bracket), about a tenth of JSON.parse on a Lucca event.
  const found = inspect(value, 1);
  if (found === SAFE) return { ok: true, value };
  if (found === TOO_DEEP) return { ok: false, reason: "too_deep" };
  // The reviver costs a call per value (about 20× JSON.parse on a large array), so it runs only
  // when the parsed value holds an unsafe key. Looking at the keys themselves is exact whatever
  // the spelling (`\u` escapes included), and cheaper than searching the text for each name. The
  // nesting is within the limit by now, so the reviver's recursion is bounded.
  return { ok: true, value: JSON.parse(json, dropUnsafeKeys) };
}

// `depth` is the nesting of `value` itself (1 for the root); recursion stops past the limit. An
// unsafe key is remembered, not returned: a later child may still be too deep. for-in visits every
// own key of a parsed object (`__proto__` included: JSON.parse makes it an own data property), and
// children are descended into only when they are objects: about 2.5× faster than three
// Object.hasOwn checks per object and a call per value.
function inspect(value: unknown, depth: number): number {
  if (typeof value !== "object" || value === null) return SAFE;
  if (depth > MAX_JSON_DEPTH) return TOO_DEEP;
  let found = SAFE;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child !== "object" || child === null) continue;
      const inner = inspect(child, depth + 1);
      if (inner === TOO_DEEP) return TOO_DEEP;
      found |= inner;
    }
    return found;
  }
  for (const key in value) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") found = UNSAFE_KEY;
    const child = (value as Record<string, unknown>)[key];
    if (typeof child !== "object" || child === null) continue;
    const inner = inspect(child, depth + 1);
    if (inner === TOO_DEEP) return TOO_DEEP;
    found |= inner;
  }
  return found;
}

function dropUnsafeKeys(key: string, value: unknown): unknown {
  return UNSAFE_KEYS.has(key) ? undefined : value;
}
