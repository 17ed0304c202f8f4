/** The one format of Lucca's own, as its API reference pages describe phone numbers. */

/**
 * A phone number as Lucca accepts it: digits with an optional leading `+` and the separators
 * space, `.`, `-`, `(`, `)`; 6 to 15 digits (E.164 allows at most 15).
 */
export function isPhone(value: string): boolean {
  let digits = 0;
  for (let index = value.charCodeAt(0) === 43 ? 1 : 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    // space ( ) - .
    else if (code !== 32 && code !== 40 && code !== 41 && code !== 45 && code !== 46) return false;
  }
  return digits >= 6 && digits <= 15;
}

/** OpenAPI's `password` and `binary` describe display and transport, not values: all pass. */
export function isAnyString(): boolean {
  return true;
}
