function isOws(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Reads one signature header value: its text, `""` when it is missing or empty, `undefined` when
 * it is unusable (an array of repeated headers from some frameworks, or any other non-string).
 * Surrounding spaces and tabs are dropped because HTTP defines them as not part of the field value
 * (RFC 9110 §5.5) and every HTTP stack strips them, so the value Lucca signed cannot contain them.
 * Other whitespace is kept, and so makes the value malformed.
 */
export function readHeader(raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return "";
  if (typeof raw !== "string") return undefined;
  // A loop rather than a regular expression: /[ \t]+$/ backtracks quadratically on long input.
  let start = 0;
  let end = raw.length;
  while (start < end && isOws(raw.charCodeAt(start))) start++;
  while (end > start && isOws(raw.charCodeAt(end - 1))) end--;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}
