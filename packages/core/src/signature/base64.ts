const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Indexed by char code: a table lookup, where a Map of one-character strings costs a string per
// character. Everything outside the alphabet is -1.
const VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) VALUES[ALPHABET.charCodeAt(index)] = index;

/** Encodes bytes as standard, padded Base64 (RFC 4648 §4). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The value of the Base64 character at `at`, or -1 (all bits set) outside the alphabet. */
function sextet(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? (VALUES[code] as number) : -1;
}

/**
 * Decodes canonical standard Base64: padding required, no whitespace, no base64url characters,
 * unused trailing bits zero. Returns `undefined` for anything else, where `atob` or Node's Buffer
 * would be lenient. Four characters at a time: a 32-byte MAC costs eleven steps. `allocate` lets a
 * host hand out its own buffers (Node's pooled ones, which its crypto reads without a copy).
 */
export function decodeBase64(
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
    // An invalid character (-1) makes the whole group negative.
    const group =
      (sextet(text, index) << 18) |
      (sextet(text, index + 1) << 12) |
      (sextet(text, index + 2) << 6) |
      sextet(text, index + 3);
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
