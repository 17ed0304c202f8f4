/** Encodes bytes as standard, padded Base64 (RFC 4648 §4). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes canonical standard Base64 (RFC 4648 §4), or returns `undefined` for anything else.
 * Canonical: whole groups of four alphabet characters, then at most one padded group whose unused
 * bits are zero (§3.5), so that each byte string has one spelling; no whitespace, no base64url
 * characters, no missing padding. `atob` forgives whitespace, missing padding and unused bits, but
 * `btoa` spells bytes canonically: text it gives back unchanged is canonical, whatever `atob` let
 * through. Smaller in a bundle than a pattern of the canonical forms; tested against Buffer's
 * decoding (fast-parsers.property.test.ts).
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    // Outside the alphabet (base64url, non-ASCII), or a length no padding can mend.
    return undefined;
  }
  if (btoa(binary) !== text) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
