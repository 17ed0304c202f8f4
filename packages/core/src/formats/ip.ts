/** IP address text forms (JSON Schema 2020-12 §7.3.4 `ipv4`, `ipv6`), read without a regex. */

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

/**
 * dotted-quad (RFC 2673 §3.2) between `start` and `end`, each octet a dec-octet of RFC 3986
 * §3.2.2: 0–255 without leading zeros, which some parsers read as octal.
 */
export function isIpv4Between(value: string, start: number, end: number): boolean {
  let index = start;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (value.charCodeAt(index) !== 46) return false;
      index++;
    }
    const first = index;
    let number = 0;
    while (index < end && index - first < 4 && isDigit(value.charCodeAt(index))) {
      number = number * 10 + value.charCodeAt(index) - 48;
      index++;
    }
    const digits = index - first;
    if (digits === 0 || digits > 3 || number > 255) return false;
    if (digits > 1 && value.charCodeAt(first) === 48) return false;
  }
  return index === end;
}

/**
 * IPv6 text (RFC 4291 §2.2): eight groups of 1–4 hex digits, one `::` standing for one or more
 * zero groups, the last 32 bits optionally as dotted-quad. No zone index, no brackets, no prefix.
 */
export function isIpv6Between(value: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let index = start;
  let groups = 0;
  let compressed = false;
  if (value.charCodeAt(index) === 58) {
    if (value.charCodeAt(index + 1) !== 58) return false;
    compressed = true;
    index += 2;
    if (index === end) return true;
  }
  for (;;) {
    const first = index;
    while (index < end && index - first < 5 && isHexDigit(value.charCodeAt(index))) index++;
    if (index < end && value.charCodeAt(index) === 46) {
      if (!isIpv4Between(value, first, end)) return false;
      groups += 2;
      break;
    }
    const digits = index - first;
    if (digits === 0 || digits > 4) return false;
    groups++;
    if (index === end) break;
    if (value.charCodeAt(index) !== 58) return false;
    index++;
    if (value.charCodeAt(index) === 58) {
      if (compressed) return false;
      compressed = true;
      index++;
      if (index === end) break;
    } else if (index === end) {
      return false;
    }
  }
  return compressed ? groups <= 7 : groups === 8;
}

/** An IPv4 address in dotted-quad form, e.g. `192.0.2.1`. */
export function isIpv4(value: string): boolean {
  return isIpv4Between(value, 0, value.length);
}

/** An IPv6 address in RFC 4291 text form, e.g. `2001:db8::1` or `::ffff:192.0.2.1`. */
export function isIpv6(value: string): boolean {
  return isIpv6Between(value, 0, value.length);
}
