/**
 * @module
 * The string and number formats that Lucca's OpenAPI specs use, shared by the validators of
 * every version package. The generator refuses a spec whose `format` is not listed here, so that
 * no format is ever silently ignored.
 *
 * @example
 * import { isDateTime } from "@lucca-events/core/formats";
 *
 * isDateTime("2025-01-01T08:34:23Z"); // true
 * isDateTime("2025-01-01T08:34:23"); // false: an offset is required
 */

/** A format check for strings. */
export type StringFormat = (value: string) => boolean;

/** A format check for numbers, as ajv expects it. */
export interface NumberFormat {
  /** Tells ajv to apply the format to numbers rather than strings. */
  type: "number";
  /** Tells whether `value` belongs to the format. */
  validate: (value: number) => boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}:\d{2})?$/i;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** `YYYY-MM-DD` with a day that exists in that month (RFC 3339 full-date). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

function isTime(value: string, offsetRequired: boolean): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const [, hour, minute, second, , offset] = match;
  if (offsetRequired && offset === undefined) return false;
  if (offset !== undefined && offset.length > 1) {
    const offsetHour = Number(offset.slice(1, 3));
    const offsetMinute = Number(offset.slice(4, 6));
    if (offsetHour > 23 || offsetMinute > 59) return false;
  }
  // A leap second (:60) is legal in RFC 3339.
  return Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 60;
}

/** RFC 3339 date-time with a `Z` or numeric offset and any number of fractional digits. */
export function isDateTime(value: string): boolean {
  const separator = value.search(/[tT ]/);
  if (separator !== 10) return false;
  return isDate(value.slice(0, 10)) && isTime(value.slice(11), true);
}

/** RFC 3339 partial or full time (`HH:MM:SS`, optional fraction and offset). */
export function isTimeOfDay(value: string): boolean {
  return isTime(value, false);
}

// The same shape as ajv-formats' "fast" email check: local@domain.tld, no spaces, no <>.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A mailbox address (`name@example.com`). */
export function isEmail(value: string): boolean {
  return value.length <= 320 && EMAIL.test(value);
}

const URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

/** An absolute URI (RFC 3986 scheme followed by a body without white space), e.g. `about:blank`. */
export function isUri(value: string): boolean {
  return URI.test(value);
}

/** A URI or a relative reference without white space. */
export function isUriReference(value: string): boolean {
  return !/\s/.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An RFC 4122 UUID in its hyphenated form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const PHONE = /^\+?[0-9 ().-]+$/;

/**
 * A phone number as Lucca accepts it: digits with an optional leading `+` and the separators
 * space, `.`, `-`, `(`, `)`; 6 to 15 digits (E.164 allows at most 15).
 */
export function isPhone(value: string): boolean {
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard padded base64 (OpenAPI `byte`). */
export function isBase64(value: string): boolean {
  return BASE64.test(value);
}

const INT32: NumberFormat = {
  type: "number",
  validate: (value) => Number.isInteger(value) && value >= -(2 ** 31) && value <= 2 ** 31 - 1,
};

const INT64: NumberFormat = {
  type: "number",
  validate: (value) => Number.isInteger(value),
};

// OpenAPI's `float`, `double`, `password` and `binary` describe storage or display, not a set of
// values, so every value of the declared type passes.
const ANY_NUMBER: NumberFormat = { type: "number", validate: (value) => Number.isFinite(value) };
const ANY_STRING: StringFormat = () => true;

/** Every format the generated validators may use, keyed by its name in the spec. */
export const formats: Readonly<Record<string, StringFormat | NumberFormat>> = {
  date: isDate,
  "date-time": isDateTime,
  // Lucca renders `createdAt` as `string<date-time-offset>` (a .NET DateTimeOffset): an RFC 3339
  // date-time, whose offset is always present.
  "date-time-offset": isDateTime,
  time: isTimeOfDay,
  email: isEmail,
  uri: isUri,
  "uri-reference": isUriReference,
  uuid: isUuid,
  phone: isPhone,
  byte: isBase64,
  int32: INT32,
  int64: INT64,
  float: ANY_NUMBER,
  double: ANY_NUMBER,
  password: ANY_STRING,
  binary: ANY_STRING,
};
