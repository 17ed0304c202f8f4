/**
 * @module Assembles one version package: reads `spec/<version>/` (spec/), builds the model
 * (model/), checks every example against the compiled validators, and runs the emitters (emit/).
 * Writes nothing: `write-files.ts` does.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { banner } from "./emit/banner.js";
import { emitClient } from "./emit/emit-client.js";
import {
  emitExamples,
  emitIndex,
  emitNode,
  emitTesting,
  emitValidateEvent,
  emitValidatorDeclarations,
  emitWebhook,
} from "./emit/emit-entry-points.js";
import { emitEventTypes } from "./emit/emit-event-types.js";
import { emitOpenApiTypes } from "./emit/emit-openapi-types.js";
import { emitPackageJson, emitReadme, emitTsconfigs } from "./emit/emit-package-files.js";
import { emitRedact } from "./emit/emit-redact.js";
import { emitResourceTypes } from "./emit/emit-resource-types.js";
import { emitStandardSchema } from "./emit/emit-standard-schema.js";
import { emitTests } from "./emit/emit-tests.js";
import { compileValidators, emitValidators } from "./emit/emit-validators.js";
import { formatFile } from "./emit/format-file.js";
import { buildDefinitions } from "./model/definitions.js";
import { Diagnostics } from "./model/diagnostics.js";
import { originOf, type LoadedSpec } from "./model/document.js";
import { buildEventModel } from "./model/event-model.js";
import { packageFolder } from "./model/naming.js";
import { checkExamples } from "./spec/check-examples.js";
import { loadExamples } from "./spec/load-examples.js";
import { loadSpec } from "./spec/load-spec.js";
import { locateSpec } from "./spec/locate-spec.js";
import { SpecError } from "./spec/spec-error.js";
import type { GeneratedTree } from "./write-files.js";

/** Where the generator reads and writes, relative to the repository root. */
export interface GenerateOptions {
  repoRoot: string;
  apiVersion: string;
  /** Unknown formats and keywords, and topics without an example, are errors. */
  strict?: boolean;
}

/** A generated package, and what the generator warned about while making it. */
export interface GeneratedPackage extends GeneratedTree {
  warnings: SpecError[];
}

/** Every file of `packages/api-<version>/`, generated from `spec/<version>/` alone. */
export async function generatePackage({
  repoRoot,
  apiVersion,
  strict = false,
}: GenerateOptions): Promise<GeneratedPackage> {
  const specFile = await locateSpec(repoRoot, apiVersion);
  const spec = await loadSpec(join(repoRoot, specFile), specFile);
  try {
    return await generateFromSpec(repoRoot, apiVersion, spec, new Diagnostics({ strict }));
  } catch (error) {
    throw error instanceof SpecError ? relocate(spec, error) : error;
  }
}

async function generateFromSpec(
  repoRoot: string,
  apiVersion: string,
  spec: LoadedSpec,
  diagnostics: Diagnostics,
): Promise<GeneratedPackage> {
  const model = buildEventModel(spec, diagnostics);
  const definitions = buildDefinitions(spec, diagnostics);
  const compiled = compileValidators(spec, apiVersion, model, definitions);
  const examplesDir = `spec/${apiVersion}/examples`;
  const topics = model.topics.map((topic) => topic.topic);
  const examples = await loadExamples(join(repoRoot, examplesDir), examplesDir, topics);
  const checked = checkExamples({
    spec,
    apiVersion,
    model,
    compiled,
    examples,
    examplesDir,
    diagnostics,
  });
  const root = join(repoRoot, "packages", packageFolder(apiVersion));
  const head = banner(apiVersion, spec.file);
  const raw: Record<string, string> = {
    "package.json": emitPackageJson(apiVersion, await currentVersion(root), "workspace:^"),
    ...emitTsconfigs(),
    "README.md": emitReadme(apiVersion, model, spec.file),
    // Shipped in the tarball, so each package carries the licence it declares.
    LICENSE: await readFile(join(repoRoot, "LICENSE"), "utf8"),
    "src/index.ts": head + emitIndex(apiVersion, model),
    "src/events.ts": head + emitEventTypes(apiVersion, model),
    "src/resources.ts": head + (await emitResourceTypes(model, definitions)),
    "src/openapi.ts": head + (await emitOpenApiTypes(spec)),
    "src/validators.js":
      head + (await emitValidators(spec, apiVersion, model, definitions, compiled)),
    "src/validators.d.ts": head + emitValidatorDeclarations(model),
    "src/validate-event.ts": head + emitValidateEvent(model),
    "src/standard-schema.ts": head + emitStandardSchema(),
    "src/redact.ts": head + emitRedact(model, spec.document),
    "src/webhook.ts": head + emitWebhook(),
    "src/testing.ts": head + emitTesting(),
    "src/node.ts": head + emitNode(apiVersion),
    "src/client.ts": head + emitClient(apiVersion),
    "src/examples.ts": head + emitExamples(checked.first),
    ...prefixEach(
      head,
      emitTests(apiVersion, model, spec.document, {
        hasInvalid: examples.hasInvalid,
        synthesized: checked.synthesized,
      }),
    ),
  };
  const files: Record<string, string> = {};
  for (const path of Object.keys(raw).sort()) {
    files[path] = await formatFile(join(root, path), raw[path]!);
  }
  const warnings = diagnostics.warnings.map((warning) => relocate(spec, warning.error));
  return { root, files, warnings };
}

/** A problem found in the bundled document, named in the user's own file. */
function relocate(spec: LoadedSpec, error: SpecError): SpecError {
  if (error.file !== spec.file || (spec.origins ?? []).length === 0) return error;
  const where = originOf(spec, error.pointer);
  return where.file === error.file ? error : new SpecError(where.file, where.pointer, error.reason);
}

function prefixEach(head: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, head + text]));
}

/** The `version` changesets last wrote, which the generator must keep. */
async function currentVersion(root: string): Promise<string> {
  const text = await readFile(join(root, "package.json"), "utf8").catch(() => undefined);
  const version =
    text === undefined ? undefined : (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === "string" ? version : "0.0.0";
}
