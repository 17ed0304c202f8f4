import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { banner } from "../lib/emit/banner.js";
import { buildDefinitions } from "../lib/model/definitions.js";
import { emitValidatorDeclarations } from "../lib/emit/emit-entry-points.js";
import { emitEventTypes } from "../lib/emit/emit-event-types.js";
import { emitOpenApiTypes } from "../lib/emit/emit-openapi-types.js";
import { emitRedact } from "../lib/emit/emit-redact.js";
import { emitResourceTypes } from "../lib/emit/emit-resource-types.js";
import { emitStandardSchema } from "../lib/emit/emit-standard-schema.js";
import { emitValidators } from "../lib/emit/emit-validators.js";
import { buildEventModel } from "../lib/model/event-model.js";
import { formatFile } from "../lib/emit/format-file.js";
import { loadSpec } from "../lib/spec/load-spec.js";
import { validatorName } from "../lib/model/naming.js";

const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const fixtures = readdirSync(fixturesDir).filter((name) => name.startsWith("openapi-"));

/** Generates the interesting outputs of one fixture, as the generator would write them. */
async function generateFixture(name: string): Promise<Record<string, string>> {
  const spec = await loadSpec(join(fixturesDir, name, "openapi.yaml"), `${name}/openapi.yaml`);
  const model = buildEventModel(spec);
  const definitions = buildDefinitions(spec);
  const head = banner("fixture");
  const files: Record<string, string> = {
    "events.ts": head + emitEventTypes("2099-01-01", model),
    "resources.ts": head + (await emitResourceTypes(model, definitions)),
    "openapi.ts": head + (await emitOpenApiTypes(spec)),
    "validators.js": head + (await emitValidators(spec, "2099-01-01", model, definitions)),
    "validators.d.ts": head + emitValidatorDeclarations(model),
    "standard-schema.ts": head + emitStandardSchema(),
    "redact.ts": head + emitRedact(model, spec.document),
  };
  for (const path of Object.keys(files)) {
    files[path] = await formatFile(join(fixturesDir, name, "expected", path), files[path]!);
  }
  return files;
}

function readExamples(name: string, folder: string): Array<[string, unknown]> {
  const dir = join(fixturesDir, name, "examples", folder);
  return readdirSync(dir).map((file) => [file, JSON.parse(readFileSync(join(dir, file), "utf8"))]);
}

describe.each(fixtures)("fixture %s", (name) => {
  it("generates its goldens, the same on every run", async () => {
    const first = await generateFixture(name);
    expect(await generateFixture(name)).toEqual(first);
    for (const [path, content] of Object.entries(first)) {
      await expect(content).toMatchFileSnapshot(join(fixturesDir, name, "expected", path));
    }
  });

  it("emits validators that accept its examples and reject its invalid ones", async () => {
    const validators = (await import(
      join(fixturesDir, name, "expected", "validators.js")
    )) as Record<string, (value: unknown) => boolean>;
    const examplesDir = join(fixturesDir, name, "examples");
    for (const topic of readdirSync(examplesDir).filter((folder) => folder !== "invalid")) {
      const validate = validators[validatorName(topic)]!;
      for (const [file, body] of readExamples(name, topic)) {
        expect(validate(body), `${validatorName(topic)} accepts ${topic}/${file}`).toBe(true);
      }
    }
    for (const [file, body] of readExamples(name, "invalid")) {
      const accepted = Object.entries(validators)
        .filter(([export_]) => export_ !== "isLuccaEventEnvelope")
        .filter(([, validate]) => validate(body));
      expect(
        accepted.map(([export_]) => export_),
        file,
      ).toEqual([]);
    }
  });
});
