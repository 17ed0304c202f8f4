/** Headers as a Fetch `Headers` object or as Node's `IncomingHttpHeaders` record. */
export type HeaderSource =
  Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads one header case-insensitively. A header sent several times comes back joined with `", "`,
 * exactly as `Headers#get` does, so both header shapes give the same answer downstream.
 */
export function getHeader(headers: HeaderSource, name: string): string | undefined {
  if (isFetchHeaders(headers)) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const values: string[] = [];
  // Node lower-cases names, but hand-built records (tests, other frameworks) may not.
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    if (typeof value === "string") values.push(value);
    else values.push(...value);
  }
  return values.length === 0 ? undefined : values.join(", ");
}

// Duck-typed rather than `instanceof`, so Headers from another realm or polyfill also work; a record
// value is never a function, so a header literally named "get" cannot fool it.
function isFetchHeaders(headers: HeaderSource): headers is Headers {
  return typeof (headers as { get?: unknown }).get === "function";
}
