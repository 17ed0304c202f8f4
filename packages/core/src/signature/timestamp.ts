// RFC 3339 §5.6 date-time, strictly, each field within its range (§5.7): `T` and `Z` may be lower
// case (§5.6 NOTE), a space instead of `T` may not; `\d` is ASCII only. Seconds stop at 59: leap
// seconds are rejected, JavaScript time has none. Only a day past the month's end is left.
const DATE_TIME =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])(?::[0-5]\d){2})(?:\.(\d+))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

// The same strings narrowed to ECMAScript's own date-time string format (ECMA-262 §21.4.1.32),
// which Date reads exactly as it is: upper case, whole seconds or milliseconds, a day every month
// has. Lucca's example (`2025-01-01T08:34:23Z`) is one. A test and Date.parse take about 0.4 of the
// time of the pattern above and its rebuilt string on Node 20; on the Web Crypto path every step
// the main thread takes around subtle.verify adds to the wait for the verdict.
const ECMASCRIPT_DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{3})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Parses a strict RFC 3339 §5.6 date-time into epoch milliseconds (fractions beyond milliseconds
 * are truncated), or returns `undefined`. Its own small parser rather than the `date-time` format
 * check, so that a verifier bundle does not carry the format checks; the two are tested equal
 * (leap seconds apart).
 */
export function parseTimestamp(text: string): number | undefined {
  if (ECMASCRIPT_DATE_TIME.test(text)) return Date.parse(text);
  const match = DATE_TIME.exec(text);
  if (match === null) return undefined;
  // What the pattern let through, upper-cased (ASCII only), is ECMAScript's own date-time string
  // format (ECMA-262 §21.4.1.32), which Date reads exactly, the years 0-99 included. April 31 is
  // not: an engine gives NaN or carries it into May 1, so a day that reads back otherwise was past
  // the month's end. (A read-back of every field by toJSON would spare the ranges in the pattern,
  // but costs a microsecond a call.)
  const fields = match[1]!.toUpperCase();
  const day = Number(match[2]);
  if (day > 28 && new Date(`${fields}Z`).getUTCDate() !== day) return undefined;
  // time-secfrac: the format takes exactly three digits; the rest is truncated.
  return Date.parse(`${fields}.${`${match[3] ?? ""}000`.slice(0, 3)}${match[4]!.toUpperCase()}`);
}
