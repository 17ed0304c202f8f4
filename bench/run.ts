/**
 * @module
 * `pnpm bench`: every figure of issue 5 as a ratio against a baseline measured in the same run,
 * printed as one table and written to bench/results.json with the machine and date. Needs
 * `pnpm build` first (it measures the built packages, as consumers get them).
 */
import { access, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { bundleRows } from "./bundle-size.js";
import { coldStartRows } from "./cold-start.js";
import { generationRows } from "./generation.js";
import { hostileRows } from "./hostile.js";
import { machineInfo } from "./machine.js";
import { API_VERSION, CORE_DIST, REPO_ROOT, VERSION_DIST, WORK_DIR } from "./paths.js";
import type { BenchRow } from "./row.js";
import { loadSpecEvents } from "./spec-events.js";
import { writeSyntheticSpec } from "./synthetic-spec.js";
import { formatTable } from "./table.js";
import { throughputRows } from "./throughput.js";
import { buildDeclarations, measureTypeCheck, typeCheckRows } from "./type-check.js";
import { verifyRows } from "./verify.js";

const SYNTHETIC_FACTOR = 10;

async function main(): Promise<void> {
  for (const file of [`${VERSION_DIST}index.js`, `${CORE_DIST}index.node.js`]) {
    await access(file).catch(() => {
      throw new Error(`${file} is missing: run \`pnpm build\` first.`);
    });
  }
  const started = performance.now();
  const step = (name: string) =>
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${name}\n`);
  const spec = await loadSpecEvents();
  const rows: BenchRow[] = [];

  step("throughput");
  rows.push(...(await throughputRows(spec)));
  step("signature");
  const employee = spec.events.find((event) => event.topic === "employee.created")!;
  rows.push(...(await verifyRows(employee.body)));
  step("cold start");
  rows.push(...(await coldStartRows(spec)));
  step("bundle size");
  rows.push(...(await bundleRows(spec)));
  step("synthetic spec + generation");
  const syntheticRoot = join(WORK_DIR, "synthetic");
  const syntheticTopics = await writeSyntheticSpec(syntheticRoot, SYNTHETIC_FACTOR);
  const generation = await generationRows(syntheticRoot, syntheticTopics);
  step("type-check");
  const syntheticPackage = join(syntheticRoot, `packages/api-${API_VERSION}`);
  await buildDeclarations(syntheticPackage);
  const realCost = await measureTypeCheck(
    join(REPO_ROOT, `packages/api-${API_VERSION}`),
    spec.model.topics.map((topic) => topic.topic),
    join(WORK_DIR, "type-check/real"),
  );
  const syntheticSpec = JSON.parse(
    await readFile(join(syntheticRoot, `spec/${API_VERSION}/openapi.yaml`), "utf8"),
  ) as { components: { schemas: { Event: { properties: { topic: { enum: string[] } } } } } };
  const syntheticCost = await measureTypeCheck(
    syntheticPackage,
    syntheticSpec.components.schemas.Event.properties.topic.enum,
    join(WORK_DIR, "type-check/synthetic"),
  );
  rows.push(...typeCheckRows(realCost, syntheticCost), ...generation);
  step("hostile bodies");
  rows.push(...(await hostileRows()));
  rows.push(...(await (await import("./inbox.js")).inboxRows()));
  step("done");

  const date = new Date().toISOString();
  const machine = machineInfo();
  console.log(formatTable(rows, machine, date));
  const results = { date, machine, apiVersion: API_VERSION, rows };
  await writeFile(join(REPO_ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
