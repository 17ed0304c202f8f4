import { join } from "node:path";
import { buildDefinitions } from "../scripts/lib/model/definitions.js";
import { buildEventModel } from "../scripts/lib/model/event-model.js";
import { generatePackage } from "../scripts/lib/generate-package.js";
import { loadSpec } from "../scripts/lib/spec/load-spec.js";
import { writeTree } from "../scripts/lib/write-files.js";
import { medianWallTime } from "./measure.js";
import { API_VERSION, REPO_ROOT } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { writeManyTopicsSpec } from "./synthetic-spec.js";

/** The size of the topics-only synthetic spec; generating it should take at most 2× the real one. */
const MANY_TOPICS = 300;

/**
 * What generating costs: one version, against just reading its spec; a 300-topic version over the
 * same resources (median of `runs`, against the real one: at most 2× is the target); and the 10×
 * spec, whose resources are cloned too, once.
 */
export async function generationRows(syntheticRoot: string, syntheticTopics: number, runs = 3) {
  const specFile = `spec/${API_VERSION}/openapi.yaml`;
  // The first run pays for loading prettier, ajv and esbuild; a developer's second run does not.
  await generatePackage({ repoRoot: REPO_ROOT, apiVersion: API_VERSION });
  const generate = await medianWallTime(
    () => generatePackage({ repoRoot: REPO_ROOT, apiVersion: API_VERSION }),
    runs,
  );
  const load = await medianWallTime(async () => {
    const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
    return [buildEventModel(spec), buildDefinitions(spec)];
  }, runs);
  const manyRoot = `${syntheticRoot}-${MANY_TOPICS}-topics`;
  const manyTopics = await writeManyTopicsSpec(manyRoot, MANY_TOPICS);
  await generatePackage({ repoRoot: manyRoot, apiVersion: API_VERSION });
  const many = await medianWallTime(
    () => generatePackage({ repoRoot: manyRoot, apiVersion: API_VERSION }),
    runs,
  );
  const start = performance.now();
  const tree = await generatePackage({ repoRoot: syntheticRoot, apiVersion: API_VERSION });
  const synthetic = performance.now() - start;
  // Written so the type-check figures can build the 10× package.
  await writeTree(tree);
  const section = "generation (in memory, files formatted, nothing written)";
  const rows: BenchRow[] = [
    row(section, `generate ${API_VERSION} (median of ${runs}, warm)`, "ms", generate, {
      name: "load spec + event model + schemas",
      value: load,
    }),
    row(
      section,
      `generate ${manyTopics} topics over the same resources (median of ${runs}, warm)`,
      "ms",
      many,
      { name: `generate ${API_VERSION}`, value: generate },
      { note: "target: at most 2×" },
    ),
    row(section, `generate the ${syntheticTopics}-topic synthetic spec (1 run)`, "ms", synthetic, {
      name: `generate ${API_VERSION}`,
      value: generate,
    }),
  ];
  return rows;
}
