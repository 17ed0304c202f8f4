import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import { Name } from "ajv/dist/compile/codegen/index.js";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import * as formatChecks from "../../packages/core/src/formats.js";
import { composeValidatorSchemas, VALIDATOR_AJV_OPTIONS } from "./compose-validator-schemas.js";
import type { EventModel } from "./event-model.js";
import type { JsonSchema } from "./normalize-schema.js";
import {
  exclusiveOneOfAsAnyOf,
  lengthChecksFromUtf16,
  withoutSchemaPaths,
} from "./speed-transforms.js";
import { SpecError } from "./spec-error.js";

/** The import through which every emitted validator reaches the shared format checks. */
export const FORMATS_MODULE = "@lucca-events/core/formats";
const FORMATS_BINDING = "__luccaFormats";
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Compiles one validator per topic, plus the envelope check, into self-contained ESM: ajv's
 * standalone output, with its runtime helpers bundled by esbuild and its formats imported from
 * core, so that the result needs neither ajv nor `eval` at run time.
 */
export async function emitValidators(
  file: string,
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): Promise<string> {
  const ajv = new Ajv2020({
    ...VALIDATOR_AJV_OPTIONS,
    code: { source: true, esm: true, formats: new Name(FORMATS_BINDING), optimize: true },
    formats: { ...formatChecks.formats },
  });
  // Ajv2020 forces these on, which makes every function track evaluated properties. Normalized
  // specs cannot use $dynamicRef or unevaluated* (normalizeSchema rejects them), so turn them off.
  Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
  const { root, entries } = composeValidatorSchemas(apiVersion, model, definitions);
  try {
    ajv.addSchema(exclusiveOneOfAsAnyOf(root));
    const code = lengthChecksFromUtf16(withoutSchemaPaths(standalone.default(ajv, entries)));
    return await bundle(code);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpecError(file, "/components/schemas", `cannot compile a validator: ${reason}`);
  }
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

async function bundle(standalone: string): Promise<string> {
  const checks = new Set<string>();
  const body = standalone
    .replace(AJV_RUNTIME_REQUIRE, (_match, helper: string) => `__ajv_${helper}`)
    .replace(FORMAT_REFERENCE, (_match, dotted?: string, quoted?: string) => {
      const check = formatExport((dotted ?? quoted)!);
      checks.add(check);
      return check;
    });
  if (body.includes("require(")) {
    throw new Error("ajv's standalone code requires a runtime helper this generator does not ship");
  }
  const source = [
    `import { ${[...checks].sort().join(", ")} } from "${FORMATS_MODULE}";`,
    `import { ucs2length as __ajv_ucs2length, equal as __ajv_equal } from "./ajv-runtime.ts";`,
    body,
  ].join("\n");
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: import.meta.dirname,
      loader: "js",
      sourcefile: "validators.js",
    },
    // Module comments name paths relative to this; the repository root keeps them the same
    // whatever directory the generator runs from.
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: [FORMATS_MODULE],
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
