/**
 * @module
 * The formats the generated validators check: every format of JSON Schema 2020-12 (Validation
 * §7.3), OpenAPI's (3.1 §4.2), and Lucca's own. Each check follows the RFC its format names; the
 * hot ones (dates, times, URIs) match the common shape with one capture-free regex or a few fixed
 * character positions, and compute only what a regex cannot say. The generator checks the formats
 * listed in {@link FORMAT_NAMES} and treats any other as an annotation.
 *
 * @example
 * import { isDateTime } from "@lucca-events/core/formats";
 *
 * isDateTime("2025-01-01T08:34:23Z"); // true
 * isDateTime("2025-01-01T08:34:23"); // false: an offset is required
 */
import { isDate, isDateTime, isDuration, isTime } from "./formats/dates.js";
import { isEmail, isIdnEmail } from "./formats/email.js";
import { isHostname, isIdnHostname } from "./formats/hostname.js";
import { isIpv4, isIpv6 } from "./formats/ip.js";
import { isAnyString, isPhone } from "./formats/lucca.js";
import { DOUBLE, FLOAT, INT32, INT64, type NumberFormat } from "./formats/numbers.js";
import {
  isBase64,
  isJsonPointer,
  isRegex,
  isRelativeJsonPointer,
  isUriTemplate,
  isUuid,
} from "./formats/text.js";
import { isIri, isIriReference, isUri, isUriReference } from "./formats/uri.js";

export {
  DOUBLE,
  FLOAT,
  INT32,
  INT64,
  isAnyString,
  isBase64,
  isDate,
  isDateTime,
  isDuration,
  isEmail,
  isHostname,
  isIdnEmail,
  isIdnHostname,
  isIpv4,
  isIpv6,
  isIri,
  isIriReference,
  isJsonPointer,
  isPhone,
  isRegex,
  isRelativeJsonPointer,
  isTime,
  isUri,
  isUriReference,
  isUriTemplate,
  isUuid,
};
export type { NumberFormat };

/** A format check for strings. */
export type StringFormat = (value: string) => boolean;

/**
 * Every format the generated validators check, keyed by its name in a spec. Each value is also a
 * named export of this module, so a validator can import only the checks it uses.
 */
export const formats: Readonly<Record<string, StringFormat | NumberFormat>> = {
  // JSON Schema 2020-12, Validation §7.3.
  "date-time": isDateTime,
  date: isDate,
  time: isTime,
  duration: isDuration,
  email: isEmail,
  "idn-email": isIdnEmail,
  hostname: isHostname,
  "idn-hostname": isIdnHostname,
  ipv4: isIpv4,
  ipv6: isIpv6,
  uri: isUri,
  "uri-reference": isUriReference,
  iri: isIri,
  "iri-reference": isIriReference,
  uuid: isUuid,
  "uri-template": isUriTemplate,
  "json-pointer": isJsonPointer,
  "relative-json-pointer": isRelativeJsonPointer,
  regex: isRegex,
  // OpenAPI 3.1 §4.2.
  int32: INT32,
  int64: INT64,
  float: FLOAT,
  double: DOUBLE,
  byte: isBase64,
  binary: isAnyString,
  password: isAnyString,
  // Lucca's: `createdAt` is rendered `string<date-time-offset>` (a .NET DateTimeOffset), an RFC
  // 3339 date-time whose offset is always present.
  "date-time-offset": isDateTime,
  phone: isPhone,
};

/** The names of the formats core checks; a spec's other formats are annotations. */
// Marked pure so that a bundle importing single checks drops the map, and with it every check.
export const FORMAT_NAMES: readonly string[] = /* @__PURE__ */ Object.keys(formats);
