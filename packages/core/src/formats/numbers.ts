/**
 * OpenAPI's numeric formats (OpenAPI 3.1 §4.2 "Data Types", and the OpenAPI Format Registry):
 * they bound the values an integer or a number may take.
 */

/** A format check for numbers, as ajv expects it. */
export interface NumberFormat {
  /** Tells ajv to apply the format to numbers rather than strings. */
  type: "number";
  /** Tells whether `value` belongs to the format. */
  validate: (value: number) => boolean;
}

/** Signed 32-bit integers. */
export const INT32: NumberFormat = {
  type: "number",
  validate: (value) => Number.isInteger(value) && value >= -(2 ** 31) && value <= 2 ** 31 - 1,
};

/** Signed 64-bit integers (2^63 − 1 is not a double, so the bound is exclusive of 2^63). */
export const INT64: NumberFormat = {
  type: "number",
  validate: (value) => Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63,
};

// The largest finite IEEE 754 binary32 value; a larger number cannot be stored as a `float`.
const FLOAT_MAX = 3.4028234663852886e38;

/** IEEE 754 single precision: every finite number within its range. */
export const FLOAT: NumberFormat = {
  type: "number",
  validate: (value) => Number.isFinite(value) && Math.abs(value) <= FLOAT_MAX,
};

/** IEEE 754 double precision: every finite number (all a JSON parser produces). */
export const DOUBLE: NumberFormat = { type: "number", validate: (value) => Number.isFinite(value) };
