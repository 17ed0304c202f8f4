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

/**
 * Tells whether `text` is canonical standard Base64, exactly what {@link decodeBase64} accepts,
 * without decoding it: a host's faster but lenient decoder may then do the decoding.
 */
export function isCanonicalBase64(text: string): boolean {
  const length = text.length;
  if (length % 4 !== 0) return false;
  const padding =
    length === 0 || text.charCodeAt(length - 1) !== 61
      ? 0
      : text.charCodeAt(length - 2) === 61
        ? 2
        : 1;
  const end = length - padding;
  let value = 0;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    value = code < 128 ? (VALUES[code] as number) : -1;
    if (value < 0) return false;
  }
  // The last character before padding carries 4 (two pads) or 2 (one pad) unused bits: all zero.
  return padding === 0 || (value & (padding === 2 ? 0x0f : 0x03)) === 0;
}

/**
 * Decodes canonical standard Base64: padding required, no whitespace, no base64url characters,
 * unused trailing bits zero. Returns `undefined` for anything else, where `atob` would be lenient.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let bits = 0;
  let bitCount = 0;
  let written = 0;
  for (let index = 0; index < text.length - padding; index++) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? (VALUES[code] as number) : -1;
    if (value < 0) return undefined;
    bits = (bits << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[written++] = (bits >> bitCount) & 0xff;
    }
  }
  // Non-zero leftover bits mean a second spelling of the same bytes: not canonical.
  if ((bits & ((1 << bitCount) - 1)) !== 0) return undefined;
  return bytes;
}
