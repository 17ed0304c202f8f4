/**
 * `src/standard-schema.ts`: the Standard Schema v1 interface (standardschema.dev), copied as the
 * spec invites libraries to do so that the package depends on nothing, and the wrapper that gives
 * `validateEvent` its `~standard` property. The topic guards get theirs in `validators.js`.
 */
export function emitStandardSchema(): string {
  return `/** The Standard Schema interface, v1 (https://standardschema.dev), copied from \`@standard-schema/spec\`. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties interface. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1;
    /** The vendor name of the schema library. */
    readonly vendor: string;
    /** Validates unknown input values. */
    readonly validate: (
      value: unknown,
      options?: Options | undefined,
    ) => Result<Output> | Promise<Result<Output>>;
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The result interface of the validate function. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** The result interface if validation succeeds. */
  export interface SuccessResult<Output> {
    /** The typed output value. */
    readonly value: Output;
    /** A falsy value for \`issues\` indicates success. */
    readonly issues?: undefined;
  }
  /** Options of the validate function. */
  export interface Options {
    /** Explicit support for additional vendor-specific parameters, if needed. */
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  /** The result interface if validation fails. */
  export interface FailureResult {
    /** The issues of failed validation. */
    readonly issues: ReadonlyArray<Issue>;
  }
  /** The issue interface of the failure output. */
  export interface Issue {
    /** The error message of the issue. */
    readonly message: string;
    /** The path of the issue, if any. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** The path segment interface of the issue. */
  export interface PathSegment {
    /** The key representing a path segment. */
    readonly key: PropertyKey;
  }
  /** The Standard types interface. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type of the schema. */
    readonly input: Input;
    /** The output type of the schema. */
    readonly output: Output;
  }
}

type EventResult =
  | { ok: true; event: unknown }
  | { ok: false; reason: string; issues: readonly { instancePath: string; message: string }[] };

type ValidEvent<R> = R extends { ok: true; event: infer E } ? E : never;

/** \`validate\`, also usable wherever a Standard Schema is accepted. */
export function withStandardSchema<F extends (value: unknown) => EventResult>(
  validate: F,
): F & StandardSchemaV1<unknown, ValidEvent<ReturnType<F>>> {
  const props: StandardSchemaV1.Props<unknown, ValidEvent<ReturnType<F>>> = {
    version: 1,
    vendor: "lucca-events",
    validate: (value) => {
      const result = validate(value);
      if (result.ok) return { value: result.event as ValidEvent<ReturnType<F>> };
      const issues = result.issues.map((issue) => ({
        message: issue.message,
        path: toPath(issue.instancePath),
      }));
      return { issues: issues.length > 0 ? issues : [{ message: result.reason, path: ["topic"] }] };
    },
  };
  return Object.defineProperty(validate, "~standard", { value: props }) as F &
    StandardSchemaV1<unknown, ValidEvent<ReturnType<F>>>;
}

/** An RFC 6901 pointer as path segments (\`/data/0/name\` → \`["data", 0, "name"]\`). */
function toPath(pointer: string): PropertyKey[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((token) => (/^(0|[1-9]\\d*)$/.test(token) ? Number(token) : token));
}
`;
}
