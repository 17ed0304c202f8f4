// RFC 3339 §5.6 date-time. `T` and `Z` may be lower case (RFC 3339 §5.6, NOTE); a space instead
// of `T` is not accepted. `\d` is ASCII-only without the `u` flag.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a strict RFC 3339 date-time into epoch milliseconds (fractions beyond milliseconds are
 * truncated), or returns `undefined`. Leap seconds (`:60`) are rejected: JavaScript time has none.
 */
export function parseTimestamp(text: string): number | undefined {
  const match = DATE_TIME.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, sign, oh, om] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHour = Number(oh ?? 0);
  const offsetMinute = Number(om ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetHour > 23 || offsetMinute > 59) return undefined;

  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number(`${fraction ?? ""}000`.slice(0, 3)));
  const offsetMs = (offsetHour * 60 + offsetMinute) * 60_000;
  return date.getTime() + (sign === "-" ? offsetMs : -offsetMs);
}
