/** Every property optional, recursively; arrays are replaced whole, so they stay as they are. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

// Keys that would reach a prototype if merged with assignment; never merged.
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Returns a deep copy of `base` with `overrides` merged in: plain objects merge key by key, while
 * arrays, primitives and `null` replace. An `undefined` override leaves the base value.
 */
export function deepMerge<T>(base: T, overrides: unknown): T {
  const copy = structuredClone(base);
  return (overrides === undefined ? copy : mergeInto(copy, overrides)) as T;
}

function mergeInto(target: unknown, source: unknown): unknown {
  if (!isPlainObject(target) || !isPlainObject(source)) return structuredClone(source);
  for (const [key, value] of Object.entries(source)) {
    if (UNSAFE_KEYS.has(key) || value === undefined) continue;
    target[key] = Object.hasOwn(target, key)
      ? mergeInto(target[key], value)
      : structuredClone(value);
  }
  return target;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
