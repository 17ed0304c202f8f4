/** A value built on the first call and kept: module-level work a bundle can drop when unused. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
