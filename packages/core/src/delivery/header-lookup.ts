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
  let joined: string | undefined;
  // Node lower-cases names, but hand-built records (tests, other frameworks) may not. for-in over
  // own keys and a length check first: no entry arrays, and most names are ruled out unlowered.
  for (const key in headers) {
    if (key.length !== wanted.length || !Object.hasOwn(headers, key)) continue;
    if (key !== wanted && key.toLowerCase() !== wanted) continue;
    const value = (headers as Record<string, string | readonly string[] | undefined>)[key];
    if (value === undefined) continue;
    const text = typeof value === "string" ? value : value.join(", ");
    if (typeof value !== "string" && value.length === 0) continue;
    joined = joined === undefined ? text : `${joined}, ${text}`;
  }
  return joined;
}

// Duck-typed rather than `instanceof`, so Headers from another realm or polyfill also work; a record
// value is never a function, so a header literally named "get" cannot fool it.
function isFetchHeaders(headers: HeaderSource): headers is Headers {
  return typeof (headers as { get?: unknown }).get === "function";
}
