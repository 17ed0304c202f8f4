import { join } from "node:path";
import { buildDefinitions } from "../scripts/lib/model/definitions.js";
import { buildEventModel } from "../scripts/lib/model/event-model.js";
import { generatePackage } from "../scripts/lib/generate-package.js";
import { loadSpec } from "../scripts/lib/spec/load-spec.js";
import { writeTree } from "../scripts/lib/write-files.js";
import { alternatingWallTimes, medianTime, ratioSpread } from "./measure.js";
import { API_VERSION, REPO_ROOT } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { writeManyTopicsSpec } from "./synthetic-spec.js";

/** The size of the topics-only synthetic spec; generating it should take at most 2× the real one. */
const MANY_TOPICS = 300;

/**
 * What generating costs: one version, against just reading its spec; a 300-topic version over the
 * same resources, against the real one (at most 2× is the target); and the 10× spec, whose
 * resources are cloned too. Each runs once a round, in turn, `runs` rounds, after a first run
 * that pays for loading prettier, ajv and esbuild (a developer's second run does not).
 */
export async function generationRows(syntheticRoot: string, syntheticTopics: number, runs = 3) {
  const specFile = `spec/${API_VERSION}/openapi.yaml`;
  const manyRoot = `${syntheticRoot}-${MANY_TOPICS}-topics`;
  const manyTopics = await writeManyTopicsSpec(manyRoot, MANY_TOPICS);
  const generate = (repoRoot: string) => () =>
    generatePackage({ repoRoot, apiVersion: API_VERSION });
  let syntheticTree: Awaited<ReturnType<typeof generatePackage>> | undefined;
  const ops = [
    generate(REPO_ROOT),
    async () => {
      const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
      return [buildEventModel(spec), buildDefinitions(spec)];
    },
    generate(manyRoot),
    async () => (syntheticTree = await generate(syntheticRoot)()),
  ];
  // The 10× spec runs the same code on more input: the first three warm it up too.
  for (const op of ops.slice(0, 3)) await op();
  const times = await alternatingWallTimes(ops, runs);
  // Written so the type-check figures can build the 10× package.
  await writeTree(syntheticTree!);
  const section = "generation (in memory, files formatted, nothing written)";
  const real = { name: `generate ${API_VERSION}`, value: medianTime(times, 0) };
  const spread = (index: number, baseline: number) => ({
    spread: { ...ratioSpread(times, index, baseline), repetitions: runs },
  });
  const rows: BenchRow[] = [
    row(
      section,
      `generate ${API_VERSION} (${runs} alternating rounds, warm)`,
      "ms",
      real.value,
      { name: "load spec + event model + schemas", value: medianTime(times, 1) },
      spread(0, 1),
    ),
    row(
      section,
      `generate ${manyTopics} topics over the same resources`,
      "ms",
      medianTime(times, 2),
      real,
      { ...spread(2, 0), note: "target: at most 2×" },
    ),
    row(
      section,
      `generate the ${syntheticTopics}-topic synthetic spec`,
      "ms",
      medianTime(times, 3),
      real,
      spread(3, 0),
    ),
  ];
  return rows;
}
