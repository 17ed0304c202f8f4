// RFC 3339 §5.6 date-time, strictly, each field within its range (§5.7): `T` and `Z` may be lower
// case (§5.6 NOTE), a space instead of `T` may not; `\d` is ASCII only. Seconds stop at 59: leap
// seconds are rejected, JavaScript time has none. Only a day past the month's end is left.
const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])(?::[0-5]\d){2}(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

// 400 Gregorian years, a whole number of days: Date.UTC reads the years 0-99 as 1900-1999, so
// every year is shifted by 400 and the span taken off again.
// A literal (146,097 days × 86,400,000 ms): a bundler keeps an unused product, not a number.
const FOUR_CENTURIES_MS = 12_622_780_800_000;

/**
 * Parses a strict RFC 3339 §5.6 date-time into epoch milliseconds (fractions beyond milliseconds
 * are truncated), or returns `undefined`. Its own small parser rather than the `date-time` format
 * check, so that a verifier bundle does not carry the format checks; the two are tested equal
 * (leap seconds apart).
 */
export function parseTimestamp(text: string): number | undefined {
  if (!DATE_TIME.test(text)) return undefined;
  // The pattern fixed where every field's two digits are.
  const two = (at: number) => text.charCodeAt(at) * 10 + text.charCodeAt(at + 1) - 528;
  const day = two(8);
  let ms = Date.UTC(two(0) * 100 + two(2) + 400, two(5) - 1, day, two(11), two(14), two(17));
  // Date.UTC carries April 31 into May 1: a day that reads back otherwise was past the month's end.
  if (day > 28 && new Date(ms).getUTCDate() !== day) return undefined;
  // A numeric offset ends in a digit; Z in a letter.
  const numeric = text.charCodeAt(text.length - 1) < 58;
  const zone = text.length - (numeric ? 6 : 1);
  // time-secfrac: up to three digits are milliseconds, the rest is truncated.
  if (text.charCodeAt(19) === 46) ms += Number(`${text.slice(20, zone)}00`.slice(0, 3));
  if (numeric) {
    const offset = (two(zone + 1) * 60 + two(zone + 4)) * 60_000;
    ms += text.charCodeAt(zone) === 45 ? offset : -offset;
  }
  return ms - FOUR_CENTURIES_MS;
}
