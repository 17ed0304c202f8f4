/**
 * @module The formats the generated validators check: whatever core's formats module exports,
 * read from its source so the generator runs before anything is built. A format outside it is
 * compiled as an annotation (JSON Schema 2020-12 Validation §7.2: format is an annotation unless
 * a validator asserts it).
 */
import { formats } from "../../../packages/core/src/formats.js";

/** The checks of `@lucca-events/core/formats`, by format name. */
export const KNOWN_FORMATS = formats;

/** Whether core checks `format`. */
export function isKnownFormat(format: string): boolean {
  return Object.hasOwn(KNOWN_FORMATS, format);
}
