/**
 * The runtime helpers the emitted validators call (ajv's two, and the error builders of
 * size-transforms.ts), as plain ESM so that they carry no `require` and no dependency on ajv.
 * Inlined into every version package.
 */

/** String length in Unicode code points, as JSON Schema counts `minLength` and `maxLength`. */
export function ucs2length(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low surrogate is one code point.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if ((next & 0xfc00) === 0xdc00) index++;
    }
    length++;
  }
  return length;
}

/** Deep equality of JSON values, for `const`, `enum` and `uniqueItems`. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return a !== a && b !== b;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(bRecord).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(bRecord, key) && equal((a as Record<string, unknown>)[key], bRecord[key]),
  );
}

interface ErrorWithPath {
  instancePath: string;
}

/**
 * `errors` (a callee's, with paths from its own data) appended to `list` with `path` in front:
 * what ajv's `vErrors.concat(callee.errors)` gives when the callee was passed `path`.
 */
export function prefixErrors<E extends ErrorWithPath>(
  list: E[] | null,
  errors: readonly E[],
  path: string,
): E[] {
  const merged = list === null ? [] : list;
  for (const error of errors) merged.push({ ...error, instancePath: path + error.instancePath });
  return merged;
}

/** An ajv error object, as the emitted validators leave it on themselves. */
export interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

// ajv's English messages (ajv/lib/vocabularies), for the keywords the generator's specs use; the
// generator keeps ajv's own error literal wherever this gives another text.
const MESSAGES: Record<string, (params: Record<string, unknown>) => string> = {
  type: (params) => `must be ${String(params.type)}`,
  required: (params) => `must have required property '${String(params.missingProperty)}'`,
  const: () => "must be equal to constant",
  enum: () => "must be equal to one of the allowed values",
  format: (params) => `must match format "${String(params.format)}"`,
  pattern: (params) => `must match pattern "${String(params.pattern)}"`,
  minLength: (params) => `must NOT have fewer than ${String(params.limit)} characters`,
  maxLength: (params) => `must NOT have more than ${String(params.limit)} characters`,
  minItems: (params) => `must NOT have fewer than ${String(params.limit)} items`,
  maxItems: (params) => `must NOT have more than ${String(params.limit)} items`,
  minimum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  maximum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  exclusiveMinimum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  exclusiveMaximum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  anyOf: () => "must match a schema in anyOf",
  oneOf: () => "must match exactly one schema in oneOf",
  additionalProperties: () => "must NOT have additional properties",
};

/** The message ajv writes for a failed `keyword` with these params, or `undefined`. */
export function errorMessage(keyword: string, params: Record<string, unknown>): string | undefined {
  return Object.hasOwn(MESSAGES, keyword) ? MESSAGES[keyword]!(params) : undefined;
}

function validatorError(
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
): ValidatorError {
  return { instancePath, keyword, params, message: errorMessage(keyword, params)! };
}

/** Leaves one error on `validate` and returns `false`: ajv's way to fail at the first error. */
export function fail(
  validate: { errors?: ValidatorError[] | null },
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
): false {
  validate.errors = [validatorError(instancePath, keyword, params)];
  return false;
}

/** Appends one error to `list` (a new list when `null`): ajv's way inside `anyOf` and `oneOf`. */
export function pushError(
  list: ValidatorError[] | null,
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
): ValidatorError[] {
  const merged = list === null ? [] : list;
  merged.push(validatorError(instancePath, keyword, params));
  return merged;
}

/**
 * Fails `validate` on a nullable `$ref` (`anyOf: [{ $ref }, { type: "null" }]`) whose callee
 * failed: its errors under `path`, then the null branch's, then the anyOf's, as ajv lists them.
 */
export function nullableFail(
  validate: { errors?: ValidatorError[] | null },
  list: ValidatorError[] | null,
  errors: readonly ValidatorError[],
  path: string,
): false {
  const merged = pushError(prefixErrors(list, errors, path), path, "type", { type: "null" });
  validate.errors = pushError(merged, path, "anyOf", {});
  return false;
}

/** Fails `validate` with a callee's `errors` under `path`, after those already in `list`. */
export function refFail(
  validate: { errors?: ValidatorError[] | null },
  list: ValidatorError[] | null,
  errors: readonly ValidatorError[],
  path: string,
): false {
  validate.errors = prefixErrors(list, errors, path);
  return false;
}
