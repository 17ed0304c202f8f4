/**
 * @module
 * `pnpm bench`: every figure as a ratio against a baseline measured in the same run, printed as
 * one table, written to bench/results.json with the machine and date, and the comparison with
 * other libraries drawn to bench/peers.svg. `pnpm bench --quick` shortens every phase (a first
 * look, not figures to quote); `--only <section>` runs the sections whose name contains it;
 * `--help` lists the sections.
 * Needs `pnpm build` first (it measures the built packages, as consumers get them).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { access, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleRows } from "./bundle-size.js";
import { peerChart } from "./chart.js";
import { coldStartRows } from "./cold-start.js";
import { generationRows } from "./generation.js";
import { hostileRows } from "./hostile.js";
import { httpRows } from "./http.js";
import { machineInfo } from "./machine.js";
import { QUICK, STEADY, type Budget } from "./measure.js";
import { API_VERSION, CORE_DIST, REPO_ROOT, VERSION_DIST, WORK_DIR } from "./paths.js";
import type { BenchRow } from "./row.js";
import { schemaPeerRows } from "./schema-peers.js";
import { loadSpecEvents, type SpecEvents } from "./spec-events.js";
import { writeSyntheticSpec } from "./synthetic-spec.js";
import { formatTable } from "./table.js";
import { tenantRows } from "./tenants.js";
import { throughputRows } from "./throughput.js";
import {
  buildDeclarations,
  marginalTypeCheckRow,
  measureMarginalTypeCheck,
  prepareTypeCheck,
  typeCheckRows,
} from "./type-check.js";
import { verifyRows } from "./verify.js";

/** How long each kind of phase may take: `--quick` for a first look, the default for figures. */
interface Mode {
  /** Per operation, for figures repeated over every topic. */
  perTopic: Budget;
  /** Per operation, for figures taken once. */
  steady: Budget;
  /** Warm-up of each schema library before it is timed. */
  warmUpMs: number;
  httpSeconds: number;
  coldStartRuns: number;
  typeCheckCopies: number;
}

const MODES: Record<"quick" | "full", Mode> = {
  quick: {
    perTopic: { timeMs: 25, warmupMs: 10 },
    steady: QUICK,
    warmUpMs: 300,
    httpSeconds: 2,
    coldStartRuns: 5,
    typeCheckCopies: 50,
  },
  full: {
    perTopic: QUICK,
    steady: STEADY,
    warmUpMs: 2000,
    httpSeconds: 5,
    coldStartRuns: 11,
    typeCheckCopies: 200,
  },
};

interface Context {
  spec: SpecEvents;
  mode: Mode;
}

const SYNTHETIC_FACTOR = 10;
const employeeBody = ({ spec }: Context) =>
  spec.events.find((event) => event.topic === "employee.created")!.body;

/** The sections, in order. To add one, add a line: a name and a function returning rows. */
const SECTIONS: { name: string; rows: (context: Context) => Promise<BenchRow[]> }[] = [
  { name: "throughput", rows: ({ spec, mode }) => throughputRows(spec, mode.perTopic) },
  {
    name: "schema libraries",
    rows: ({ spec, mode }) => schemaPeerRows(spec, mode.steady, mode.warmUpMs),
  },
  { name: "signature", rows: (context) => verifyRows(employeeBody(context), context.mode.steady) },
  { name: "tenants", rows: (context) => tenantRows(employeeBody(context), context.mode.steady) },
  { name: "http", rows: (context) => httpRows(employeeBody(context), context.mode.httpSeconds) },
  { name: "cold start", rows: ({ spec, mode }) => coldStartRows(spec, mode.coldStartRuns) },
  { name: "bundle size", rows: ({ spec }) => bundleRows(spec) },
  { name: "generation and type-check", rows: generationAndTypeCheckRows },
  { name: "hostile bodies", rows: () => hostileRows() },
  // Loaded on demand: pg-boss and PGlite are heavy, and `--only` runs may skip them.
  { name: "inbox", rows: async () => (await import("./inbox.js")).inboxRows() },
];

async function generationAndTypeCheckRows({ spec, mode }: Context): Promise<BenchRow[]> {
  const syntheticRoot = join(WORK_DIR, "synthetic");
  const syntheticTopics = await writeSyntheticSpec(syntheticRoot, SYNTHETIC_FACTOR);
  const generation = await generationRows(syntheticRoot, syntheticTopics);
  const syntheticPackage = join(syntheticRoot, `packages/api-${API_VERSION}`);
  await buildDeclarations(syntheticPackage);
  const realPackage = join(REPO_ROOT, `packages/api-${API_VERSION}`);
  const topics = spec.model.topics.map((topic) => topic.topic);
  const real = await prepareTypeCheck(realPackage, topics, join(WORK_DIR, "type-check/real"));
  const syntheticSpec = JSON.parse(
    await readFile(join(syntheticRoot, `spec/${API_VERSION}/openapi.yaml`), "utf8"),
  ) as { components: { schemas: { Event: { properties: { topic: { enum: string[] } } } } } };
  const synthetic = await prepareTypeCheck(
    syntheticPackage,
    syntheticSpec.components.schemas.Event.properties.topic.enum,
    join(WORK_DIR, "type-check/synthetic"),
  );
  const marginal = await measureMarginalTypeCheck(
    realPackage,
    topics,
    join(WORK_DIR, "type-check/marginal"),
    mode.typeCheckCopies,
  );
  return [
    ...(await typeCheckRows(real, synthetic)),
    marginalTypeCheckRow(topics.length, marginal),
    ...generation,
  ];
}

const USAGE = `Usage: pnpm bench [--quick] [--only <section>]

  --quick           shorter phases: a first look, not figures to quote; writes nothing
  --only <section>  runs the sections whose name contains <section>; writes nothing
  --help            prints this

Sections: ${SECTIONS.map((section) => section.name).join(", ")}.
A full run (no flag) writes bench/results.json and bench/peers.svg.`;

function parseFlags() {
  try {
    return parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        only: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        // Internal: how the parent hands one section to a fresh process of its own.
        section: { type: "string" },
      },
    });
  } catch (error) {
    // node:util names the flag it refuses; the usage says which ones exist.
    throw new Error(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseFlags();
  if (values.help) return console.log(USAGE);
  const { quick, only } = values;
  if (values.section !== undefined) return runSection(values.section, quick);
  if (only !== undefined && !SECTIONS.some((section) => section.name.includes(only))) {
    throw new Error(`No section's name contains "${only}".\n\n${USAGE}`);
  }
  for (const file of [`${VERSION_DIST}index.js`, `${CORE_DIST}index.node.js`]) {
    await access(file).catch(() => {
      throw new Error(`${file} is missing: run \`pnpm build\` first.`);
    });
  }
  const started = performance.now();
  const rows: BenchRow[] = [];
  for (const section of SECTIONS) {
    if (only !== undefined && !section.name.includes(only)) continue;
    const elapsed = ((performance.now() - started) / 1000).toFixed(0);
    process.stderr.write(`[${elapsed}s] ${section.name}\n`);
    rows.push(...(await sectionInFreshProcess(section.name, quick)));
  }
  const date = new Date().toISOString();
  const machine = machineInfo();
  console.log(formatTable(rows, machine, date));
  // Partial or quick runs are for looking; only a full run replaces the committed figures.
  if (quick || only !== undefined) return;
  const results = { date, machine, apiVersion: API_VERSION, rows };
  await writeFile(join(REPO_ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(REPO_ROOT, "bench/peers.svg"), peerChart(rows, machine, date));
}

/**
 * Runs one section in a Node process of its own and returns its rows, so that no figure depends
 * on what ran before it in the same heap: after the other sections, the inbox's p99 with one
 * delivery in flight read 10.9 ms where the inbox alone read 7.7 ms. The rows come back over the
 * IPC channel, so whatever the section prints passes through untouched.
 */
async function sectionInFreshProcess(name: string, quick: boolean): Promise<BenchRow[]> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), "--section", name];
  const child = spawn(process.execPath, quick ? [...args, "--quick"] : args, {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let rows: BenchRow[] | undefined;
  child.on("message", (message) => {
    rows = message as BenchRow[];
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0 || rows === undefined) throw new Error(`The ${name} section failed.`);
  return rows;
}

/** The child's side: one section's rows, sent to the parent. */
async function runSection(name: string, quick: boolean): Promise<void> {
  const section = SECTIONS.find((candidate) => candidate.name === name);
  if (section === undefined) throw new Error(`No section is named "${name}".`);
  const context: Context = { spec: await loadSpecEvents(), mode: MODES[quick ? "quick" : "full"] };
  const rows = await section.rows(context);
  await new Promise<void>((resolve, reject) =>
    process.send!(rows, (error: Error | null) => (error ? reject(error) : resolve())),
  );
  // An open IPC channel keeps a process alive: let go of it once the rows are out.
  process.disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
