/** What a signature header holds once read: nothing, something unusable, or a value. */
export type HeaderValue =
  { state: "missing" } | { state: "invalid" } | { state: "present"; value: string };

function isOws(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Reads one header value. Surrounding spaces and tabs are dropped because HTTP defines them as not
 * part of the field value (RFC 9110 §5.5) and every HTTP stack strips them, so the value Lucca
 * signed cannot contain them. Other whitespace is kept, and so makes the value malformed.
 */
export function readHeader(raw: unknown): HeaderValue {
  if (raw === undefined || raw === null) return { state: "missing" };
  // Arrays (repeated headers in some frameworks) and other non-strings are never a single value.
  if (typeof raw !== "string") return { state: "invalid" };
  // A loop rather than a regular expression: /[ \t]+$/ backtracks quadratically on long input.
  let start = 0;
  let end = raw.length;
  while (start < end && isOws(raw.charCodeAt(start))) start++;
  while (end > start && isOws(raw.charCodeAt(end - 1))) end--;
  return start === end ? { state: "missing" } : { state: "present", value: raw.slice(start, end) };
}
