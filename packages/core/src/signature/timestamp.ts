// RFC 3339 §5.6 date-time, strictly: `T` and `Z` may be lower case (§5.6 NOTE), a space instead
// of `T` may not; `\d` is ASCII only. The fields' ranges are checked by parseTimestamp.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i;

// 400 Gregorian years, a whole number of days: Date.UTC reads the years 0-99 as 1900-1999, so
// every year is shifted by 400 and the span taken off again.
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/**
 * Parses a strict RFC 3339 §5.6 date-time into epoch milliseconds (fractions beyond milliseconds
 * are truncated), or returns `undefined`. Leap seconds (`:60`) are rejected: JavaScript time has
 * none. Its own small parser rather than the `date-time` format check, so that a verifier bundle
 * does not carry the format checks; the two are tested equal (leap seconds apart).
 */
export function parseTimestamp(text: string): number | undefined {
  if (!DATE_TIME.test(text)) return undefined;
  // The pattern fixed where every field's digits are.
  const two = (at: number) => text.charCodeAt(at) * 10 + text.charCodeAt(at + 1) - 528;
  const year = two(0) * 100 + two(2);
  const month = two(5);
  const day = two(8);
  const zone = text.length - 6;
  // Ends in a digit: a numeric offset, not Z.
  const zoned = text.charCodeAt(zone + 5) < 58;
  const offsetMinutes = zoned ? two(zone + 1) * 60 + two(zone + 4) : 0;
  // February: 28 days, 29 in leap years; the others 30 or 31, alternating and again from August.
  const days =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : 30 + ((month + (month >> 3)) & 1);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= days &&
    two(11) < 24 &&
    two(14) < 60 &&
    two(17) < 60 &&
    (!zoned || (two(zone + 1) < 24 && two(zone + 4) < 60));
  if (!valid) return undefined;
  let ms = Date.UTC(year + 400, month - 1, day, two(11), two(14), two(17)) - FOUR_CENTURIES_MS;
  // time-secfrac: up to three digits are milliseconds, the rest is truncated.
  for (let at = 20, scale = 100; scale >= 1 && text.charCodeAt(19) === 46; at++, scale /= 10) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    ms += digit * scale;
  }
  return ms + (text.charCodeAt(zone) === 45 ? offsetMinutes : -offsetMinutes) * 60_000;
}
