/**
 * The two runtime helpers ajv's standalone code needs, as plain ESM so that the emitted
 * validators carry no `require` and no dependency on ajv. Inlined into every version package.
 */

/** String length in Unicode code points, as JSON Schema counts `minLength` and `maxLength`. */
export function ucs2length(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low surrogate is one code point.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if ((next & 0xfc00) === 0xdc00) index++;
    }
    length++;
  }
  return length;
}

/** Deep equality of JSON values, for `const`, `enum` and `uniqueItems`. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return a !== a && b !== b;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(bRecord).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(bRecord, key) && equal((a as Record<string, unknown>)[key], bRecord[key]),
  );
}

interface ErrorWithPath {
  instancePath: string;
}

/**
 * `errors` (a callee's, with paths from its own data) appended to `list` with `path` in front:
 * what ajv's `vErrors.concat(callee.errors)` gives when the callee was passed `path`.
 */
export function prefixErrors<E extends ErrorWithPath>(
  list: E[] | null,
  errors: readonly E[],
  path: string,
): E[] {
  const merged = list === null ? [] : list;
  for (const error of errors) merged.push({ ...error, instancePath: path + error.instancePath });
  return merged;
}
