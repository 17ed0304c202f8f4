/**
 * RFC 3339 §5.6 dates and times (JSON Schema 2020-12 §7.3.1 `date-time`, `date`, `time`) and
 * Appendix A durations. Read character by character: these run on every timestamp of every event,
 * and a parser that never allocates is several times faster than a regex with groups. Each is
 * tested equal to a plain regex over generated near-valid strings.
 */
import { lazy } from "./lazy.js";

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two ASCII digits at `at` as a number, or -1. `charCodeAt` past the end gives NaN: -1. */
function twoDigits(value: string, at: number): number {
  const high = value.charCodeAt(at) - 48;
  const low = value.charCodeAt(at + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}

/** full-date = date-fullyear "-" date-month "-" date-mday, starting at `at` (§5.6, §5.7). */
function isFullDateAt(value: string, at: number): boolean {
  const century = twoDigits(value, at);
  const yearOfCentury = twoDigits(value, at + 2);
  const month = twoDigits(value, at + 5);
  const day = twoDigits(value, at + 8);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  if (value.charCodeAt(at + 4) !== 45 || value.charCodeAt(at + 7) !== 45) return false;
  if (day <= 28) return true;
  if (month !== 2) return day <= DAYS_IN_MONTH[month]!;
  // §5.7 and Appendix C: February has 29 days in leap years.
  const year = century * 100 + yearOfCentury;
  return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
}

/**
 * full-time = partial-time time-offset, from `at` to the end of `value` (§5.6). A leap second
 * (`:60`) is only legal as the last second of a UTC day (§5.7), so the offset is applied first.
 */
function isFullTimeAt(value: string, at: number): boolean {
  const length = value.length;
  const hour = twoDigits(value, at);
  const minute = twoDigits(value, at + 3);
  const second = twoDigits(value, at + 6);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  if (value.charCodeAt(at + 2) !== 58 || value.charCodeAt(at + 5) !== 58) return false;
  let index = at + 8;
  // time-secfrac = "." 1*DIGIT
  if (value.charCodeAt(index) === 46) {
    const start = ++index;
    while (index < length) {
      const code = value.charCodeAt(index);
      if (code < 48 || code > 57) break;
      index++;
    }
    if (index === start) return false;
  }
  let offsetMinutes = 0;
  const sign = value.charCodeAt(index);
  // time-offset = "Z" / time-numoffset; ABNF literals are case-insensitive (RFC 5234 §2.3).
  if (sign === 90 || sign === 122) {
    if (index + 1 !== length) return false;
  } else if (sign === 43 || sign === 45) {
    if (index + 6 !== length || value.charCodeAt(index + 3) !== 58) return false;
    const offsetHour = twoDigits(value, index + 1);
    const offsetMinute = twoDigits(value, index + 4);
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
    offsetMinutes = (offsetHour * 60 + offsetMinute) * (sign === 43 ? 1 : -1);
  } else {
    return false;
  }
  if (second !== 60) return true;
  const utcMinute = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
  return utcMinute === 23 * 60 + 59;
}

/** RFC 3339 full-date: `YYYY-MM-DD`, a day that exists in that month and year. */
export function isDate(value: string): boolean {
  return value.length === 10 && isFullDateAt(value, 0);
}

/** RFC 3339 full-time: `HH:MM:SS`, optional fraction, and a `Z` or `±HH:MM` offset. */
export function isTime(value: string): boolean {
  return isFullTimeAt(value, 0);
}

/** RFC 3339 date-time: full-date `T` full-time (`t` too, §5.6 NOTE and RFC 5234 §2.3). */
export function isDateTime(value: string): boolean {
  const separator = value.charCodeAt(10);
  return (
    (separator === 84 || separator === 116) && isFullDateAt(value, 0) && isFullTimeAt(value, 11)
  );
}

// Appendix A, literally: dur-date = (dur-day / dur-month / dur-year) [dur-time]; dur-time needs
// at least one element, hours then minutes then seconds without gaps; weeks stand alone.
// Built on first use, so a bundle that never checks this format drops it.
const DURATION = /* @__PURE__ */ lazy(() => {
  const time = String.raw`T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)`;
  const date = String.raw`(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)`;
  return new RegExp(String.raw`^P(?:${date}(?:${time})?|${time}|\d+W)$`, "i");
});

/** RFC 3339 Appendix A duration, e.g. `P1Y2M3DT4H5M6S`, `PT36H`, `P2W` (no fractions). */
export function isDuration(value: string): boolean {
  return DURATION().test(value);
}
