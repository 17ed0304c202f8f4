/**
 * Domain name syntax without IDNA: the LDH labels of RFC 1123 §2.1, which are also the
 * sub-domains of an RFC 5321 §4.1.2 Domain. A-labels are checked only where a format says so.
 */

// RFC 1034 §3.1: 255 octets on the wire, so 253 characters as text without the root's dot.
export const MAX_NAME = 253;
// RFC 1034 §3.1 and RFC 1123 §2.1.
export const MAX_LABEL = 63;

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
}

/** An LDH label: letters, digits, inner hyphens, 1–63 characters (RFC 1123 §2.1). */
export function isLdhLabel(label: string): boolean {
  const length = label.length;
  if (length === 0 || length > MAX_LABEL) return false;
  if (!isLetterOrDigit(label.charCodeAt(0)) || !isLetterOrDigit(label.charCodeAt(length - 1))) {
    return false;
  }
  for (let index = 1; index < length - 1; index++) {
    const code = label.charCodeAt(index);
    if (code !== 45 && !isLetterOrDigit(code)) return false;
  }
  return true;
}

/** A dot-separated name of LDH labels, at most 253 characters, no trailing dot. */
export function isLdhName(value: string): boolean {
  if (value.length === 0 || value.length > MAX_NAME) return false;
  let start = 0;
  for (;;) {
    const dot = value.indexOf(".", start);
    if (!isLdhLabel(value.slice(start, dot < 0 ? value.length : dot))) return false;
    if (dot < 0) return true;
    start = dot + 1;
  }
}
