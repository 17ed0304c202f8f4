// The node:crypto engine's RFC 3339 parser, in a module of its own so that a Web Crypto bundle,
// which parses with the patterns of timestamp.ts and Date.parse, carries none of its code. Char
// codes and arithmetic only: under half the time of those patterns on Node 20, which counts on the
// node:crypto path, where a 1.5 KB body's MAC takes a few microseconds.

const MS_PER_DAY = 86_400_000;

/** The two ASCII digits at `at` as a number, else NaN (`charCodeAt` past the end is NaN too). */
function digits(text: string, at: number): number {
  const high = text.charCodeAt(at) - 48;
  const low = text.charCodeAt(at + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : Number.NaN;
}

/** Days in a month of a proleptic Gregorian year (RFC 3339 §5.7 and Appendix C). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  // 31 days in odd months up to July, in even ones from August.
  return 30 + ((month + (month >> 3)) & 1);
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
 * Parses what `parseTimestamp` in timestamp.ts parses, to the same milliseconds, and rejects what
 * it rejects: a strict RFC 3339 §5.6 date-time, `T` and `Z` in either case, no leap second.
 * Tested equal to it and to a reference (fast-parsers.property.test.ts).
 */
export function parseTimestampChars(text: string): number | undefined {
  const year = digits(text, 0) * 100 + digits(text, 2);
  const month = digits(text, 5);
  const day = digits(text, 8);
  const hour = digits(text, 11);
  const minute = digits(text, 14);
  const second = digits(text, 17);
  // NaN fails every comparison, so one missing digit fails the whole check.
  const fields =
    year >= 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  // `| 32` lower-cases an ASCII letter: "T" and "t" both give 116.
  const separators =
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    (text.charCodeAt(10) | 32) === 116 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58;
  if (!fields || !separators) return undefined;
  let ms =
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  let index = 19;
  if (text.charCodeAt(index) === 46) {
    // time-secfrac = "." 1*DIGIT; up to three digits are milliseconds, the rest is truncated.
    let scale = 100;
    for (index++; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < 48 || code > 57) break;
      ms += (code - 48) * scale;
      scale = scale >= 10 ? scale / 10 : 0;
    }
    if (index === 20) return undefined;
  }
  const sign = text.charCodeAt(index);
  if ((sign | 32) === 122) return index + 1 === text.length ? ms : undefined;
  // time-numoffset = ("+" / "-") time-hour ":" time-minute, and nothing after it.
  if ((sign !== 43 && sign !== 45) || index + 6 !== text.length) return undefined;
  const offsetHour = digits(text, index + 1);
  const offsetMinute = digits(text, index + 4);
  if (!(offsetHour <= 23 && offsetMinute <= 59) || text.charCodeAt(index + 3) !== 58) {
    return undefined;
  }
  const offsetMs = (offsetHour * 60 + offsetMinute) * 60_000;
  return sign === 45 ? ms + offsetMs : ms - offsetMs;
}
