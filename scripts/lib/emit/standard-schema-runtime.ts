/**
 * Gives an ajv standalone validator the Standard Schema interface (standardschema.dev, v1): a
 * `~standard` property whose `validate` returns `{ value }` or `{ issues }`. The function itself is
 * returned, so ajv keeps leaving its errors on it. Bundled into every version package's
 * validators, like `ajv-runtime.ts`.
 */

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
}

interface AjvValidator {
  (value: unknown): boolean;
  errors?: readonly AjvError[] | null;
}

/** An RFC 6901 pointer as Standard Schema path segments (`/data/0/name` → `["data", 0, "name"]`). */
export function pointerToPath(pointer: string): PropertyKey[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? Number(token) : token));
}

/** Adds `~standard` to `validate` and returns it. */
export function withStandardSchema<F extends AjvValidator>(validate: F): F {
  Object.defineProperty(validate, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lucca-events",
      validate: (value: unknown) =>
        validate(value)
          ? { value }
          : {
              issues: (validate.errors ?? []).map((error) => ({
                message: error.message ?? `fails the "${error.keyword}" keyword`,
                path: pointerToPath(error.instancePath),
              })),
            },
    },
  });
  return validate;
}
