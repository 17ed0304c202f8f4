/** The one format of Lucca's own, as its API reference pages describe phone numbers. */

const PHONE = /^\+?[0-9 ().-]+$/;

/**
 * A phone number as Lucca accepts it: digits with an optional leading `+` and the separators
 * space, `.`, `-`, `(`, `)`; 6 to 15 digits (E.164 allows at most 15).
 */
export function isPhone(value: string): boolean {
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15;
}

/** OpenAPI's `password` and `binary` describe display and transport, not values: all pass. */
export function isAnyString(): boolean {
  return true;
}
