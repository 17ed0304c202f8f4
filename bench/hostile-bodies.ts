/** Hostile JSON bodies of issue 5 §3, built on demand (some are megabytes). */
export const HOSTILE_BODIES: Record<string, () => string> = {
  "array nested 100,000 deep": () => "[".repeat(100_000) + "]".repeat(100_000),
  "object nested 100,000 deep": () => '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000),
  "10 MB string": () => JSON.stringify("x".repeat(10_000_000)),
  "1,000,000-element array": () => `[${new Array<number>(1_000_000).fill(0).join(",")}]`,
  "`__proto__` and `constructor` keys": () =>
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
    '"topic":"employee.created","data":{"__proto__":{"polluted":true}}}',
};
