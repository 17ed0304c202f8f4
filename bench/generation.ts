import { join } from "node:path";
import { buildDefinitions } from "../scripts/lib/model/definitions.js";
import { buildEventModel } from "../scripts/lib/model/event-model.js";
import { generatePackage } from "../scripts/lib/generate-package.js";
import { loadSpec } from "../scripts/lib/spec/load-spec.js";
import { writeTree } from "../scripts/lib/write-files.js";
import { medianWallTime } from "./measure.js";
import { API_VERSION, REPO_ROOT } from "./paths.js";
import { row, type BenchRow } from "./row.js";

/** What generating costs: one version, against just reading its spec; and the 10× spec, once. */
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
    row(section, `generate the ${syntheticTopics}-topic synthetic spec (1 run)`, "ms", synthetic, {
      name: `generate ${API_VERSION}`,
      value: generate,
    }),
  ];
  return rows;
}
