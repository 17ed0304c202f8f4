import { isDateTime } from "../formats/dates.js";

const MS_PER_DAY = 86_400_000;

/** The two ASCII digits at `at` as a number; only called on text `isDateTime` accepted. */
function digits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, without a `Date` (H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", days_from_civil). Exact for every year 0-9999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146_097 + dayOfEra + dayOfYear - 719_468;
}

/**
 * Parses a strict RFC 3339 §5.6 date-time into epoch milliseconds (fractions beyond milliseconds
 * are truncated), or returns `undefined`. `T` and `Z` may be lower case (§5.6 NOTE); a space
 * instead of `T` is not accepted. The grammar is the `date-time` format check's, read character by
 * character (several times faster than a regex with groups); leap seconds (`:60`), which that check
 * allows at the end of a UTC day, are rejected here: JavaScript time has none.
 */
export function parseTimestamp(text: string): number | undefined {
  if (!isDateTime(text)) return undefined;
  const second = digits(text, 17);
  if (second > 59) return undefined;
  const year = digits(text, 0) * 100 + digits(text, 2);
  const days = daysFromCivil(year, digits(text, 5), digits(text, 8));
  let ms = days * MS_PER_DAY + ((digits(text, 11) * 60 + digits(text, 14)) * 60 + second) * 1000;
  let index = 19;
  if (text.charCodeAt(index) === 46) {
    // Up to three fraction digits are milliseconds; the rest is truncated.
    let scale = 100;
    for (index++; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < 48 || code > 57) break;
      ms += (code - 48) * scale;
      scale /= 10;
      if (scale < 1) scale = 0;
    }
  }
  const sign = text.charCodeAt(index);
  if (sign === 43 || sign === 45) {
    const offsetMs = (digits(text, index + 1) * 60 + digits(text, index + 4)) * 60_000;
    ms += sign === 45 ? offsetMs : -offsetMs;
  }
  return ms;
}
