/**
 * @module Scratch repositories for the spec variant matrix: the `openapi-3.1` fixture, changed by
 * a small transform, written to a temporary `spec/<version>/` and read through the generator's
 * own steps.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { compileValidators, type CompiledValidators } from "../../lib/emit/emit-validators.js";
import { buildDefinitions } from "../../lib/model/definitions.js";
import { Diagnostics } from "../../lib/model/diagnostics.js";
import { buildEventModel, type EventModel } from "../../lib/model/event-model.js";
import { loadSpec } from "../../lib/spec/load-spec.js";
import { locateSpec } from "../../lib/spec/locate-spec.js";
import type { SpecError } from "../../lib/spec/spec-error.js";

export const VERSION = "2099-01-01";
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/openapi-3.1/", import.meta.url));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The `openapi-3.1` fixture's document, to transform. */
export async function baseDocument(): Promise<Json> {
  return parse(await readFile(join(fixture, "openapi.yaml"), "utf8")) as Json;
}

/** The fixture's example of `topic` (`basic.json`). */
export async function baseExample(topic: string): Promise<Json> {
  const text = await readFile(join(fixture, "examples", topic, "basic.json"), "utf8");
  return JSON.parse(text) as Json;
}

const roots: string[] = [];

/**
 * A scratch repository holding `files` under `spec/<VERSION>/` (objects are written as YAML, or
 * JSON for `.json` names); `examples: true` copies the fixture's examples.
 */
export async function scratchRepo(
  files: Record<string, Json | string>,
  options: { examples?: boolean } = {},
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "lucca-variant-"));
  roots.push(root);
  const specDir = join(root, "spec", VERSION);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(specDir, name)), { recursive: true });
    const text =
      typeof content === "string"
        ? content
        : name.endsWith(".json")
          ? JSON.stringify(content, null, 2)
          : stringify(content);
    await writeFile(join(specDir, name), text);
  }
  if (options.examples)
    await cp(join(fixture, "examples"), join(specDir, "examples"), { recursive: true });
  for (const file of ["LICENSE", "tsconfig.base.json"]) {
    await cp(join(repoRoot, file), join(root, file));
  }
  return root;
}

/** Removes every scratch repository made so far. */
export async function removeScratchRepos(): Promise<void> {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** A variant as the generator reads it: model, compiled validators, warnings. */
export interface ReadVariant {
  model: EventModel;
  compiled: CompiledValidators;
  warnings: SpecError[];
  /** Whether the topic's validator accepts `event`. */
  accepts: (topic: string, event: unknown) => boolean;
}

/** Locates, loads and reads the scratch spec like `generatePackage` does. */
export async function readVariant(root: string, strict = false): Promise<ReadVariant> {
  const specFile = await locateSpec(root, VERSION);
  const spec = await loadSpec(join(root, specFile), specFile);
  const diagnostics = new Diagnostics({ strict });
  const model = buildEventModel(spec, diagnostics);
  const definitions = buildDefinitions(spec, diagnostics);
  const compiled = compileValidators(spec, VERSION, model, definitions);
  const accepts = (topic: string, event: unknown) => {
    const entry = model.topics.find((candidate) => candidate.topic === topic);
    if (entry === undefined) throw new Error(`no topic ${topic}`);
    return compiled.validate(entry.validatorName, event).length === 0;
  };
  return { model, compiled, warnings: diagnostics.warnings.map((w) => w.error), accepts };
}

/** The topic → resource schema → type name table of a model, for comparisons. */
export function bindings(model: EventModel): string[] {
  return model.topics.map((topic) => `${topic.topic} → ${topic.schemaName} (${topic.typeName})`);
}
