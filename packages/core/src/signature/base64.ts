/**
 * Canonical standard Base64 (RFC 4648 §4): whole groups of four alphabet characters, then at most
 * one padded group whose unused bits are zero (§3.5), so that each byte string has one spelling.
 * No whitespace, no base64url characters, no missing padding: what `atob` and Node's Buffer would
 * otherwise let through. Linear: each group is one fixed-width step.
 */
export const CANONICAL_BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;

/** Encodes bytes as standard, padded Base64 (RFC 4648 §4). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes canonical standard Base64 ({@link CANONICAL_BASE64}), or returns `undefined` for
 * anything else. `atob` does the decoding, in every runtime we support.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!CANONICAL_BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
