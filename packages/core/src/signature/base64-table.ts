// The node:crypto engine's Base64 decoder, in a module of its own so that a Web Crypto bundle,
// which decodes with atob and btoa (base64.ts), carries neither its table nor its loop.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Indexed by char code: a table lookup, where a Map of one-character strings costs a string per
// character. Everything outside the alphabet is -1. Built by a call marked pure, so that a bundle
// that never decodes drops it.
const VALUES = /* @__PURE__ */ sextetTable();
function sextetTable(): Int8Array {
  const values = new Int8Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index++) values[ALPHABET.charCodeAt(index)] = index;
  return values;
}

/** The value of the Base64 character at `at`, or -1 (all bits set) outside the alphabet. */
function sextet(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? (VALUES[code] as number) : -1;
}

/**
 * Decodes canonical standard Base64 (what `decodeBase64` in base64.ts accepts), or returns
 * `undefined`, four characters at a time through a table: a 32-byte MAC costs eleven steps, about
 * half of a pattern test and Buffer's decode together, which counts on the node:crypto path.
 * `allocate` lets a host hand out its own buffers (Node's pooled ones, which its crypto reads
 * without a copy). Tested equal to the atob decoder (fast-parsers.property.test.ts).
 */
export function decodeBase64Table(
  text: string,
  allocate: (length: number) => Uint8Array<ArrayBuffer> = (length) => new Uint8Array(length),
): Uint8Array<ArrayBuffer> | undefined {
  const length = text.length;
  if (length % 4 !== 0) return undefined;
  const padding =
    length === 0 || text.charCodeAt(length - 1) !== 61
      ? 0
      : text.charCodeAt(length - 2) === 61
        ? 2
        : 1;
  const bytes = allocate((length / 4) * 3 - padding);
  const whole = padding === 0 ? length : length - 4;
  let written = 0;
  for (let index = 0; index < whole; index += 4) {
    const a = text.charCodeAt(index);
    const b = text.charCodeAt(index + 1);
    const c = text.charCodeAt(index + 2);
    const d = text.charCodeAt(index + 3);
    // One range check for the group's four characters rather than one each; then an invalid
    // character (-1) makes the whole group negative.
    if ((a | b | c | d) > 127) return undefined;
    const group =
      ((VALUES[a] as number) << 18) |
      ((VALUES[b] as number) << 12) |
      ((VALUES[c] as number) << 6) |
      (VALUES[d] as number);
    if (group < 0) return undefined;
    bytes[written++] = group >> 16;
    bytes[written++] = (group >> 8) & 0xff;
    bytes[written++] = group & 0xff;
  }
  if (padding === 0) return bytes;
  const first = sextet(text, whole);
  const second = sextet(text, whole + 1);
  const third = padding === 1 ? sextet(text, whole + 2) : 0;
  // Non-zero unused bits before the padding would be a second spelling of the same bytes.
  const unused = padding === 1 ? third & 0x03 : second & 0x0f;
  if ((first | second | third) < 0 || unused !== 0) return undefined;
  bytes[written++] = (first << 2) | (second >> 4);
  if (padding === 1) bytes[written] = ((second & 0x0f) << 4) | (third >> 2);
  return bytes;
}
