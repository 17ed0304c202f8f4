/**
 * URI and IRI references (JSON Schema 2020-12 §7.3.5): RFC 3986 §3 and §4.1, and RFC 3987 §2.2,
 * which widens the same grammar with non-ASCII characters. `url` fields sit in every resource, so
 * the common shape (`scheme://host[:port]/path?query#fragment`, no escapes, userinfo or IP
 * literal) is matched by one flat regex; anything else goes through a one-pass reader of the
 * whole grammar with a class table. Both are tested against the regex the grammar spells.
 */
import { isIpv6Between } from "./ip.js";

const SCHEME = 1; // ALPHA / DIGIT / "+" / "-" / "."
const REG_NAME = 2; // unreserved / sub-delims (pct-encoded handled apart)
const USERINFO = 4; // reg-name / ":"
const PATH = 8; // pchar / "/"
const QUERY = 16; // pchar / "/" / "?"
const HEX = 32;

// Built by one call marked pure, so that a bundle checking no URI drops the table.
const CLASSES = /* @__PURE__ */ characterClasses();
function characterClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  const mark = (characters: string, bits: number) => {
    for (const character of characters) classes[character.charCodeAt(0)]! |= bits;
  };
  const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const digit = "0123456789";
  const unreserved = `${alpha}${digit}-._~`;
  const subDelims = "!$&'()*+,;=";
  mark(`${alpha}${digit}+-.`, SCHEME);
  mark(unreserved + subDelims, REG_NAME | USERINFO | PATH | QUERY);
  mark(":", USERINFO | PATH | QUERY);
  mark("@", PATH | QUERY);
  mark("/", PATH | QUERY);
  mark("?", QUERY);
  mark(`${digit}ABCDEFabcdef`, HEX);
  return classes;
}

function hasClass(code: number, bits: number): boolean {
  return code < 128 && (CLASSES[code]! & bits) !== 0;
}

/** Which non-ASCII code points a reference may hold unescaped; `privateUse` in a query. */
type NonAscii = (code: number, privateUse: boolean) => boolean;

/** RFC 3986: none. Passed as a function so that a URI-only bundle leaves the IRI table out. */
const NONE: NonAscii = () => false;

/** RFC 3987 §2.2 ucschar, and iprivate where `privateUse` (only in iquery). */
function isIriCharacter(code: number, privateUse: boolean): boolean {
  if (code < 0xa0) return false;
  if (code <= 0xd7ff || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef)) {
    return true;
  }
  if (code >= 0xe000 && code <= 0xf8ff) return privateUse;
  if (code >= 0x10000 && code <= 0xefffd) {
    // Each plane's last two code points are noncharacters; plane 14's first part is unassigned.
    if ((code & 0xfffe) === 0xfffe) return false;
    return code < 0xe0000 || code >= 0xe1000;
  }
  return privateUse && code >= 0xf0000 && code <= 0x10fffd && (code & 0xfffe) !== 0xfffe;
}

/**
 * Consumes characters of class `bits` (with pct-encoded triplets, and those `nonAscii` admits)
 * from `start` (iprivate too where `privateUse`); returns the index of the first character that does not belong, or -1 on a
 * malformed `%` or non-ASCII character.
 */
function scan(
  value: string,
  start: number,
  end: number,
  bits: number,
  nonAscii: NonAscii,
  privateUse = false,
): number {
  let index = start;
  while (index < end) {
    const code = value.charCodeAt(index);
    if (code < 128) {
      if ((CLASSES[code]! & bits) !== 0) {
        index++;
      } else if (code === 37) {
        if (!hasClass(value.charCodeAt(index + 1), HEX)) return -1;
        if (!hasClass(value.charCodeAt(index + 2), HEX)) return -1;
        index += 3;
      } else {
        return index;
      }
    } else {
      const point = value.codePointAt(index)!;
      if (!nonAscii(point, privateUse)) return -1;
      index += point > 0xffff ? 2 : 1;
    }
  }
  return index;
}

/** IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) (§3.2.2). */
function isIpvFuture(value: string, start: number, end: number): boolean {
  if ((value.charCodeAt(start) | 0x20) !== 118) return false;
  let index = start + 1;
  while (index < end && hasClass(value.charCodeAt(index), HEX)) index++;
  if (index === start + 1 || value.charCodeAt(index) !== 46 || index + 1 === end) return false;
  for (index++; index < end; index++) {
    if (!hasClass(value.charCodeAt(index), USERINFO)) return false;
  }
  return true;
}

/** authority = [ userinfo "@" ] host [ ":" port ] (§3.2), from `start`; returns its end or -1. */
function authorityEnd(value: string, start: number, nonAscii: NonAscii): number {
  const length = value.length;
  // userinfo (§3.2.1) holds the characters of reg-name and ":", so one scan reads the usual
  // `host[:port]` whole; only an "@" or "[" sends the host through a second reading.
  const stop = scan(value, start, length, USERINFO, nonAscii);
  if (stop < 0) return -1;
  const next = value.charCodeAt(stop);
  if (next !== 64 && next !== 91) {
    if (stop !== length && next !== 47 && next !== 63 && next !== 35) return -1;
    const colon = value.indexOf(":", start);
    return colon < 0 || colon >= stop || isPort(value, colon + 1, stop) ? stop : -1;
  }
  const host = next === 64 ? stop + 1 : start;
  let index: number;
  if (value.charCodeAt(host) === 91) {
    const close = value.indexOf("]", host);
    if (close < 0) return -1;
    if (!isIpv6Between(value, host + 1, close) && !isIpvFuture(value, host + 1, close)) return -1;
    index = close + 1;
  } else {
    // IPv4address is a special case of reg-name (§3.2.2): both read the same characters.
    index = scan(value, host, length, REG_NAME, nonAscii);
    if (index < 0) return -1;
  }
  let end = index;
  if (value.charCodeAt(index) === 58) {
    end = index + 1;
    while (end < length && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end++;
  }
  const code = value.charCodeAt(end);
  return end === length || code === 47 || code === 63 || code === 35 ? end : -1;
}

/** port = *DIGIT (§3.2.3), between `start` and `end`. */
function isPort(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

// A subset of the URI grammar: scheme "://" reg-name [ ":" port ] path-abempty [ "?" query ]
// [ "#" fragment ], with only unreserved, sub-delims, ":" and "@" in the parts. A match is a valid
// URI (and IRI); no match says nothing, and the full reader decides. path-abempty [ "?" query ]
// is one run after a "/" or "?": query holds every path character and "?" too, so the first "?"
// ends the path wherever it falls, and one class loop is a few percent faster than two.
const COMMON_URI =
  /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9\-._~!$&'()*+,;=]*(?::[0-9]*)?(?:[/?][A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?$/;

/**
 * URI-reference (§4.1) when `schemeRequired` is false, URI (§3) when it is true; IRI and
 * IRI-reference (RFC 3987 §2.2) when `nonAscii` is {@link isIriCharacter}.
 */
function isReference(value: string, schemeRequired: boolean, nonAscii: NonAscii): boolean {
  const length = value.length;
  let index = 0;
  let scheme = false;
  if (hasClass(value.charCodeAt(0), SCHEME) && (value.charCodeAt(0) | 0x20) >= 97) {
    let end = 1;
    while (end < length && hasClass(value.charCodeAt(end), SCHEME)) end++;
    if (value.charCodeAt(end) === 58) {
      scheme = true;
      index = end + 1;
    }
  }
  if (!scheme && schemeRequired) return false;
  if (value.charCodeAt(index) === 47 && value.charCodeAt(index + 1) === 47) {
    index = authorityEnd(value, index + 2, nonAscii);
    if (index < 0) return false;
  } else if (!scheme) {
    // path-noscheme: a relative reference's first segment cannot hold ":" (§4.2).
    for (let at = index; at < length; at++) {
      const code = value.charCodeAt(at);
      if (code === 47 || code === 63 || code === 35) break;
      if (code === 58) return false;
    }
  }
  index = scan(value, index, length, PATH, nonAscii);
  if (index < 0) return false;
  if (value.charCodeAt(index) === 63) {
    index = scan(value, index + 1, length, QUERY, nonAscii, true);
    if (index < 0) return false;
  }
  if (value.charCodeAt(index) === 35) {
    // fragment has the characters of query, without iprivate (RFC 3987 §2.2).
    index = scan(value, index + 1, length, QUERY, nonAscii);
    if (index < 0) return false;
  }
  return index === length;
}

/** An absolute URI (RFC 3986 §3), e.g. `https://example.com/a?b#c` or `urn:isbn:0451450523`. */
export function isUri(value: string): boolean {
  return COMMON_URI.test(value) || isReference(value, true, NONE);
}

/** A URI or a relative reference (RFC 3986 §4.1), e.g. `/employees/416` or `#top`. */
export function isUriReference(value: string): boolean {
  return COMMON_URI.test(value) || isReference(value, false, NONE);
}

/** An absolute IRI (RFC 3987 §2.2): a URI that may hold non-ASCII characters unescaped. */
export function isIri(value: string): boolean {
  return COMMON_URI.test(value) || isReference(value, true, isIriCharacter);
}

/** An IRI or a relative IRI reference (RFC 3987 §2.2). */
export function isIriReference(value: string): boolean {
  return COMMON_URI.test(value) || isReference(value, false, isIriCharacter);
}
