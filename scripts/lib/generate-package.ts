import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { banner } from "./banner.js";
import { buildDefinitions } from "./build-schemas.js";
import { emitClient } from "./emit-client.js";
import {
  emitExamples,
  emitIndex,
  emitNode,
  emitTesting,
  emitValidateEvent,
  emitValidatorDeclarations,
  emitWebhook,
} from "./emit-entry-points.js";
import { emitEventTypes } from "./emit-event-types.js";
import { emitOpenApiTypes } from "./emit-openapi-types.js";
import { emitPackageJson, emitReadme, emitTsconfigs } from "./emit-package-files.js";
import { emitResourceTypes } from "./emit-resource-types.js";
import { emitTests } from "./emit-tests.js";
import { emitValidators } from "./emit-validators.js";
import { buildEventModel } from "./event-model.js";
import { formatFile } from "./format-file.js";
import { loadFirstExamples } from "./load-examples.js";
import { loadSpec } from "./load-spec.js";
import { packageFolder } from "./naming.js";
import type { GeneratedTree } from "./write-files.js";

/** Where the generator reads and writes, relative to the repository root. */
export interface GenerateOptions {
  repoRoot: string;
  apiVersion: string;
}

/** Every file of `packages/api-<version>/`, generated from `spec/<version>/` alone. */
export async function generatePackage({
  repoRoot,
  apiVersion,
}: GenerateOptions): Promise<GeneratedTree> {
  const specFile = `spec/${apiVersion}/openapi.yaml`;
  const spec = await loadSpec(join(repoRoot, specFile), specFile);
  const model = buildEventModel(spec);
  const definitions = buildDefinitions(spec);
  const examplesDir = `spec/${apiVersion}/examples`;
  const examples = await loadFirstExamples(join(repoRoot, examplesDir), examplesDir, model);
  const root = join(repoRoot, "packages", packageFolder(apiVersion));
  const head = banner(apiVersion);
  const raw: Record<string, string> = {
    "package.json": emitPackageJson(apiVersion, await currentVersion(root), "workspace:^"),
    ...emitTsconfigs(),
    "README.md": emitReadme(apiVersion, model),
    // Shipped in the tarball, so each package carries the licence it declares.
    LICENSE: await readFile(join(repoRoot, "LICENSE"), "utf8"),
    "src/index.ts": head + emitIndex(apiVersion, model),
    "src/events.ts": head + emitEventTypes(apiVersion, model),
    "src/resources.ts": head + (await emitResourceTypes(model, definitions)),
    "src/openapi.ts": head + (await emitOpenApiTypes(spec)),
    "src/validators.js": head + (await emitValidators(spec.file, apiVersion, model, definitions)),
    "src/validators.d.ts": head + emitValidatorDeclarations(model),
    "src/validate-event.ts": head + emitValidateEvent(model),
    "src/webhook.ts": head + emitWebhook(),
    "src/testing.ts": head + emitTesting(),
    "src/node.ts": head + emitNode(apiVersion),
    "src/client.ts": head + emitClient(apiVersion),
    "src/examples.ts": head + emitExamples(examples),
    ...prefixEach(head, emitTests(apiVersion, model, spec.document)),
  };
  const files: Record<string, string> = {};
  for (const path of Object.keys(raw).sort()) {
    files[path] = await formatFile(join(root, path), raw[path]!);
  }
  return { root, files };
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
