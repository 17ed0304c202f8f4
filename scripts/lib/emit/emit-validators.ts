import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import { Name } from "ajv/dist/compile/codegen/index.js";
import { build } from "esbuild";
import { componentPointer, originOf, type LoadedSpec } from "../model/document.js";
import { isKnownFormat, KNOWN_FORMATS, UNEVALUATED_KEYWORDS } from "../model/keywords.js";
import { composeValidatorSchemas, VALIDATOR_AJV_OPTIONS } from "./compose-validator-schemas.js";
import type { EventModel } from "../model/event-model.js";
import type { JsonSchema } from "../model/normalize-schema.js";
import { SpecError } from "../spec/spec-error.js";
import * as formatChecks from "../../../packages/core/src/formats.js";
import {
  exclusiveOneOfAsAnyOf,
  lengthChecksFromUtf16,
  nullSkipsBranchBeforeNull,
  nullSkipsRefCall,
  PREFIX_ERRORS_BINDING,
  refCallsWithoutContext,
  similarFunctionsTogether,
  withoutSchemaPaths,
} from "./speed-transforms.js";
import {
  constantErrorCounts,
  errorsThroughHelpers,
  FAIL_BINDING,
  NULLABLE_FAIL_BINDING,
  nullableRefsThroughHelper,
  PUSH_ERROR_BINDING,
  REF_FAIL_BINDING,
  refFailuresReturn,
  schemaReadsAsConstants,
  selfThroughLocal,
  trueFlagsDropped,
} from "./size-transforms.js";

/** The import through which every emitted validator reaches the shared format checks. */
export const FORMATS_MODULE = "@lucca-events/core/formats";
const FORMATS_BINDING = "__luccaFormats";

/**
 * Compiles one validator per topic, plus the envelope check, into self-contained ESM: ajv's
 * standalone output, with its runtime helpers bundled by esbuild and its formats imported from
 * core, so that the result needs neither ajv nor `eval` at run time.
 */
export async function emitValidators(
  spec: Pick<LoadedSpec, "file" | "origins">,
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
  compiled: CompiledValidators = compileValidators(spec, apiVersion, model, definitions),
): Promise<string> {
  try {
    const code = standalone.default(compiled.ajv, compiled.entries);
    const rewritten = refCallsWithoutContext(lengthChecksFromUtf16(withoutSchemaPaths(code)));
    const { code: smaller, constants } = schemaReadsAsConstants(
      nullSkipsBranchBeforeNull(nullSkipsRefCall(rewritten)),
    );
    const helpers = nullableRefsThroughHelper(errorsThroughHelpers(smaller, constants));
    return await bundle(
      selfThroughLocal(trueFlagsDropped(constantErrorCounts(refFailuresReturn(helpers)))),
    );
  } catch (error) {
    throw compileError(spec, compiled.ajv, definitions, error);
  }
}

/** The version's validators compiled by ajv, before standalone code is written from them. */
export interface CompiledValidators {
  readonly ajv: Ajv2020;
  /** Validator export name → the `$ref` of its entry point. */
  readonly entries: Record<string, string>;
  /** Runs one validator (by export name) the way the emitted code will. */
  readonly validate: (validatorName: string, value: unknown) => ErrorObject[];
}

/** Compiles every entry point; a schema ajv cannot compile is a `SpecError` at its pointer. */
export function compileValidators(
  spec: Pick<LoadedSpec, "file" | "origins">,
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): CompiledValidators {
  const ajv = new Ajv2020({
    ...VALIDATOR_AJV_OPTIONS,
    code: { source: true, esm: true, formats: new Name(FORMATS_BINDING), optimize: true },
    formats: { ...KNOWN_FORMATS, ...annotationFormats(definitions) },
  });
  // Ajv2020 forces these on, which makes every function track evaluated properties. Normalized
  // specs cannot use $dynamicRef; unevaluated* is tracked only for a spec that uses it.
  Object.assign(ajv.opts, { dynamicRef: false, unevaluated: usesUnevaluated(definitions) });
  const { root, entries } = composeValidatorSchemas(apiVersion, model, definitions);
  const functions = new Map<string, ValidateFunction>();
  try {
    ajv.addSchema(exclusiveOneOfAsAnyOf(root));
    for (const [name, ref] of Object.entries(entries)) functions.set(name, ajv.getSchema(ref)!);
  } catch (error) {
    throw compileError(spec, ajv, definitions, error);
  }
  const validate = (validatorName: string, value: unknown): ErrorObject[] => {
    const check = functions.get(validatorName)!;
    return check(value) ? [] : [...(check.errors ?? [])];
  };
  return { ajv, entries, validate };
}

function compileError(
  spec: Pick<LoadedSpec, "file" | "origins">,
  ajv: Ajv2020,
  definitions: Record<string, JsonSchema>,
  error: unknown,
): SpecError {
  const reason = error instanceof Error ? error.message : String(error);
  const where = originOf(spec, invalidSchemaPointer(ajv, definitions) ?? "/components/schemas");
  return new SpecError(where.file, where.pointer, `cannot compile a validator: ${reason}`);
}

/**
 * Formats core does not check, compiled as annotations (`true`: ajv accepts any value). The
 * normalizer has already warned about each one, or refused it in a strict reading.
 */
function annotationFormats(definitions: Record<string, JsonSchema>): Record<string, true> {
  const unknown: Record<string, true> = {};
  visitSchemas(definitions, (node) => {
    if (typeof node.format === "string" && !isKnownFormat(node.format)) unknown[node.format] = true;
  });
  return unknown;
}

function usesUnevaluated(definitions: Record<string, JsonSchema>): boolean {
  let used = false;
  visitSchemas(definitions, (node) => {
    for (const keyword of UNEVALUATED_KEYWORDS) if (keyword in node) used = true;
  });
  return used;
}

function visitSchemas(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (value === null || typeof value !== "object") return;
  if (!Array.isArray(value)) visit(value as Record<string, unknown>);
  for (const child of Object.values(value)) visitSchemas(child, visit);
}

/** The pointer of the first component schema ajv's meta-schema rejects, inside the spec. */
function invalidSchemaPointer(
  ajv: Ajv2020,
  definitions: Record<string, JsonSchema>,
): string | undefined {
  for (const [name, schema] of Object.entries(definitions)) {
    if (ajv.validateSchema(schema) === true) continue;
    const [first] = ajv.errors ?? [];
    return componentPointer(name) + (first?.instancePath ?? "");
  }
  return undefined;
}

const AJV_RUNTIME_REQUIRE = /require\("ajv\/dist\/runtime\/(ucs2length|equal)"\)\.default/g;

// ajv reaches a format through the map (`__luccaFormats["date-time"]`); each is rewritten to the
// check's own named export, so a bundle of one topic carries only the checks that topic uses.
const FORMAT_REFERENCE = new RegExp(
  String.raw`${FORMATS_BINDING}(?:\.([A-Za-z_$][\w$]*)|\["([^"\\]+)"\])`,
  "g",
);

/** The named export of core's formats module that holds the check of format `name`. */
function formatExport(name: string): string {
  const check = formatChecks.formats[name];
  const found = Object.entries(formatChecks).find(
    ([exportName, value]) => value === check && exportName !== "formats",
  );
  if (found === undefined) throw new Error(`core's formats module exports no check for ${name}`);
  return found[0];
}

// ajv's ESM standalone output binds each entry point as `export const <name> = validate<n>;`.
const ENTRY_EXPORT = /export const (\w+) = (validate\d+);/g;

// ajv builds each `pattern` keyword's RegExp once, at module level (`const pattern3 = new
// RegExp(…)`): marked pure, so that a bundle drops those of the topics it leaves out.
const PATTERN_CONSTANT = /\b(const pattern\d+ = )new RegExp\(/g;

async function bundle(standalone: string): Promise<string> {
  const checks = new Set<string>();
  const body = standalone
    .replace(AJV_RUNTIME_REQUIRE, (_match, helper: string) => `__ajv_${helper}`)
    .replace(FORMAT_REFERENCE, (_match, dotted?: string, quoted?: string) => {
      const check = formatExport((dotted ?? quoted)!);
      checks.add(check);
      return check;
    })
    .replace(PATTERN_CONSTANT, "$1/* @__PURE__ */ new RegExp(")
    .replace(
      ENTRY_EXPORT,
      (_match, name: string, fn: string) =>
        `export const ${name} = /* @__PURE__ */ __standard(${fn});`,
    );
  if (body.includes("require(")) {
    throw new Error("ajv's standalone code requires a runtime helper this generator does not ship");
  }
  const source = [
    `import { ${[...checks].sort().join(", ")} } from "${FORMATS_MODULE}";`,
    `import { ucs2length as __ajv_ucs2length, equal as __ajv_equal, prefixErrors as ${PREFIX_ERRORS_BINDING}, fail as ${FAIL_BINDING}, pushError as ${PUSH_ERROR_BINDING}, nullableFail as ${NULLABLE_FAIL_BINDING}, refFail as ${REF_FAIL_BINDING} } from "./ajv-runtime.ts";`,
    `import { withStandardSchema as __standard } from "./standard-schema-runtime.ts";`,
    body,
  ].join("\n");
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: import.meta.dirname,
      loader: "js",
      sourcefile: "validators.js",
    },
    // Module comments name paths relative to this folder, so they stay the same whatever
    // directory the generator runs from and wherever the repository keeps this file.
    absWorkingDir: import.meta.dirname,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: [FORMATS_MODULE],
    legalComments: "none",
    logLevel: "silent",
  });
  return similarFunctionsTogether(result.outputFiles[0]!.text);
}
