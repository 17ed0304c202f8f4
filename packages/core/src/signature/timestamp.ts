// RFC 3339 §5.6 date-time, strictly: `T` and `Z` may be lower case (§5.6 NOTE), a space instead
// of `T` may not; `\d` is ASCII only. The pattern fixes the layout and the offset's ranges (§5.7);
// the date's and time's ranges are checked by reading them back from Date.
const DATE_TIME =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * Parses a strict RFC 3339 §5.6 date-time into epoch milliseconds (fractions beyond milliseconds
 * are truncated), or returns `undefined`. Its own small parser rather than the `date-time` format
 * check, so that a verifier bundle does not carry the format checks; the two are tested equal
 * (leap seconds apart).
 */
export function parseTimestamp(text: string): number | undefined {
  const match = DATE_TIME.exec(text);
  if (match === null) return undefined;
  // What the pattern let through, upper-cased (ASCII only), is ECMAScript's own date-time string
  // format (ECMA-262 §21.4.1.32), which Date.parse reads exactly, the years 0-99 included.
  // Out-of-range fields are left to the engine (NaN, or carried like April 31 into May 1): toJSON
  // gives null or another text then, so only fields that read back as written are in range.
  const fields = match[1]!.toUpperCase();
  if (new Date(Date.parse(`${fields}Z`)).toJSON()?.slice(0, 19) !== fields) return undefined;
  // time-secfrac: the format takes exactly three digits; the rest is truncated.
  return Date.parse(`${fields}.${`${match[2] ?? ""}000`.slice(0, 3)}${match[3]!.toUpperCase()}`);
}
