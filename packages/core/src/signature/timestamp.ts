// RFC 3339 §5.6 date-time, strictly: `T` and `Z` may be lower case (§5.6 NOTE), a space instead
// of `T` may not; `\d` is ASCII only. The pattern fixes the layout and the offset's ranges (§5.7);
// the date's and time's ranges are checked by reading them back from Date.UTC.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

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
  let ms = Date.UTC(two(0) * 100 + two(2) + 400, two(5) - 1, two(8), two(11), two(14), two(17));
  // Date.UTC carries a field past its range into the next one (April 31 into May 1, 24:00 into the
  // next day, second 60 into the next minute, month 0 into the year before): the fields read back
  // as written only if each was in range. toISOString ends in `-MM-DDTHH:mm:ss.sssZ` whatever the
  // (shifted) year's width; the year itself cannot be out of range.
  if (new Date(ms).toISOString().slice(-20, -5) !== text.slice(4, 19).toUpperCase()) {
    return undefined;
  }
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
