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
  // trim() also drops line breaks, U+00A0, U+FEFF…: unless all it dropped (the first match of what
  // it kept is where that starts) was spaces and tabs, the value is kept whole, still malformed.
  // Linear, unlike /[ \t]+$/, which backtracks quadratically on long input.
  const value = raw.trim();
  return value === raw || /^[ \t]*$/.test(raw.replace(value, "")) ? value : raw;
}
