import { execFile } from "node:child_process";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  alternatingRounds,
  median,
  medianTime,
  ratioSpread,
  spreadOf,
  type Spread,
} from "./measure.js";
import { row, type BenchRow } from "./row.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const TSX = require.resolve("tsx");
const WORKER = fileURLToPath(new URL("./type-check-worker.ts", import.meta.url));

/** What `tsc --extendedDiagnostics` reports for one consumer file. */
interface Diagnostics {
  checkMs: number;
  instantiations: number;
}

/** Emits the declarations a consumer of a generated package sees (its `dist/*.d.ts`). */
export async function buildDeclarations(packageDir: string): Promise<void> {
  await run(process.execPath, [
    tsc,
    "-p",
    join(packageDir, "tsconfig.build.json"),
    "--emitDeclarationOnly",
  ]);
  await copyFile(join(packageDir, "src/validators.d.ts"), join(packageDir, "dist/validators.d.ts"));
}

/** A consumer file and the same file typed `any`, written: each call runs tsc on one once. */
export interface TypeCheckProbe {
  topics: number;
  typed: () => Promise<Diagnostics>;
  any: () => Promise<Diagnostics>;
}

/**
 * The consumer's handler: `describe${index}(event)` switches over every topic and reads two
 * fields of `event.data`. Typed, its `default` checks exhaustiveness as a consumer would
 * (`const unreachable: never = event`); typed `any`, the same statements without the annotation
 * (`any` is not assignable to `never`), so that the two files differ in types only.
 */
function consumerSwitch(index: number, topics: readonly string[], type: string): string {
  const typed = type !== "any";
  return [
    `export function describe${index}(event: ${type}): string {`,
    "  switch (event.topic) {",
    ...topics.map(
      (topic) =>
        `    case ${JSON.stringify(topic)}:\n      return event.data.type + event.data.id;`,
    ),
    "    default: {",
    `      const unreachable${typed ? ": never" : ""} = event;`,
    "      return unreachable;",
    "    }",
    "  }",
    "}",
  ].join("\n");
}

/** The line importing `LuccaEvent` from `declarations` (a `.js` path whose `.d.ts` sits next to it). */
function importLuccaEvent(workDir: string, declarations: string): string {
  const path = relative(workDir, declarations);
  const specifier = path.startsWith(".") ? path : `./${path}`;
  return `import type { LuccaEvent } from ${JSON.stringify(specifier)};`;
}

/**
 * Writes a consumer that switches over every topic and reads a field narrowed to the topic's
 * resource, and the same file with the event typed `any` (no library types at all), each with
 * its tsconfig, ready to check.
 */
export async function prepareTypeCheck(
  packageDir: string,
  topics: readonly string[],
  workDir: string,
): Promise<TypeCheckProbe> {
  await mkdir(workDir, { recursive: true });
  const typed = `${importLuccaEvent(workDir, join(packageDir, "dist/index.js"))}\n${consumerSwitch(0, topics, "LuccaEvent")}`;
  return {
    topics: topics.length,
    typed: await checker(workDir, "typed", typed),
    any: await checker(workDir, "any", consumerSwitch(0, topics, "any")),
  };
}

/**
 * The cheapest event types TypeScript can narrow in {@link consumerSwitch}: one interface per
 * topic holding the topic and a `data` of two properties. What the switch costs over this floor is
 * what the library's own types cost; the rest is TypeScript checking typed code at all.
 */
function floorDeclarations(topics: readonly string[]): string {
  const name = (index: number) => `Topic${index}Event`;
  return [
    ...topics.map((topic, index) => {
      const resource = topic.slice(0, topic.lastIndexOf("."));
      return `export interface ${name(index)} {\n  topic: ${JSON.stringify(topic)};\n  data: { type: ${JSON.stringify(resource)}; id: string };\n}`;
    }),
    `export type LuccaEvent =\n${topics.map((_, index) => `  | ${name(index)}`).join("\n")};`,
  ].join("\n");
}

/** The marginal check time of the typed switches and of the same switches typed `any`. */
export interface MarginalTypeCheck {
  copies: number;
  /** Median over rounds, in milliseconds. */
  typed: number;
  any: number;
  /** typed ÷ any of each round. */
  ratio: Spread;
  /** The same switches over {@link floorDeclarations}, ÷ any of each round. */
  floor: Spread;
  rounds: number;
}

/**
 * The marginal cost of one switch over every topic, typed against typed `any`: each file holds
 * the switch `copies + 1` times and its control holds it once (after the same import), so the
 * difference is `copies` switches and nothing else: neither the checker's start-up, nor the
 * import, nor what the first switch alone pays (resolving the event types' members, the checker's
 * lazily built state). The typed and `any` files differ in types only (see {@link consumerSwitch});
 * the same switches over the cheapest types TypeScript can narrow give the floor. The six files
 * are checked in turn, `repeats` times, in every round (in one child process, see
 * type-check-worker.ts), so load on the machine hits all of them alike; each round takes each
 * file's median check, and the ratios are the medians of the rounds' ratios. The checker is warmed
 * up first: in a fresh `tsc` the JIT's warm-up is a one-off cost that outweighs a small file's
 * checking and makes the ratio depend on `copies`.
 */
export async function measureMarginalTypeCheck(
  packageDir: string,
  topics: readonly string[],
  workDir: string,
  copies: number,
  rounds = 9,
  repeats = 5,
): Promise<MarginalTypeCheck> {
  await mkdir(workDir, { recursive: true });
  const floor = join(workDir, "floor/index.js");
  await mkdir(join(workDir, "floor"), { recursive: true });
  await writeFile(join(workDir, "floor/index.d.ts"), `${floorDeclarations(topics)}\n`);
  const switches = (count: number, type: string) =>
    Array.from({ length: count }, (_, index) => consumerSwitch(index, topics, type)).join("\n");
  const typedImport = importLuccaEvent(workDir, join(packageDir, "dist/index.js"));
  const floorImport = importLuccaEvent(workDir, floor);
  const sources = {
    typedMany: `${typedImport}\n${switches(copies + 1, "LuccaEvent")}`,
    typedControl: `${typedImport}\n${switches(1, "LuccaEvent")}`,
    floorMany: `${floorImport}\n${switches(copies + 1, "LuccaEvent")}`,
    floorControl: `${floorImport}\n${switches(1, "LuccaEvent")}`,
    anyMany: switches(copies + 1, "any"),
    anyControl: switches(1, "any"),
  };
  const files = await Promise.all(
    Object.entries(sources).map(async ([name, source]) => {
      const file = join(workDir, `${name}.ts`);
      await writeFile(file, `${source}\n`);
      return file;
    }),
  );
  const { stdout } = await run(
    process.execPath,
    ["--import", TSX, WORKER, JSON.stringify({ files, rounds, repeats, warmUp: 3 })],
    { maxBuffer: 1 << 20 },
  );
  const times = JSON.parse(stdout) as Record<string, number[]>;
  const [typed, floorTyped, untyped] = [0, 2, 4].map((index) => {
    const many = times[files[index]!]!;
    const control = times[files[index + 1]!]!;
    return many.map((time, round) => time - control[round]!);
  }) as [number[], number[], number[]];
  return {
    copies,
    typed: median(typed),
    any: median(untyped),
    ratio: spreadOf(typed.map((time, round) => time / untyped[round]!)),
    floor: spreadOf(floorTyped.map((time, round) => time / untyped[round]!)),
    rounds,
  };
}

/** The row for {@link measureMarginalTypeCheck}. */
export function marginalTypeCheckRow(topics: number, cost: MarginalTypeCheck): BenchRow {
  return row(
    "type-check, consumer switching over every topic, warm checker, CPU time",
    `marginal check time of ${cost.copies} switches over ${topics} topics, over one`,
    "ms",
    cost.typed,
    { name: "the same switches, event typed any", value: cost.any },
    {
      spread: { ...cost.ratio, repetitions: cost.rounds },
      note: `the floor, one two-property interface per topic: ${formatRatio(cost.floor)} ÷ any`,
    },
  );
}

function formatRatio({ median, min, max }: Spread): string {
  return `${median.toFixed(2)} [${min.toFixed(2)}–${max.toFixed(2)}]`;
}

/**
 * Rows for the real version and the 10× synthetic one, and how the cost grows between them. The
 * four files are checked in turn, `runs` rounds (tsc reports check time in steps of 10 ms, so a
 * median needs several); each ratio is the median of the rounds' ratios.
 */
export async function typeCheckRows(
  real: TypeCheckProbe,
  synthetic: TypeCheckProbe,
  runs = 5,
): Promise<BenchRow[]> {
  const [REAL, REAL_ANY, SYNTHETIC, SYNTHETIC_ANY] = [0, 1, 2, 3];
  const rounds = await alternatingRounds(
    [real.typed, real.any, synthetic.typed, synthetic.any],
    runs,
  );
  const checks = rounds.map((round) => round.map((diagnostics) => diagnostics.checkMs));
  const instantiations = rounds[0]!.map((diagnostics) => diagnostics.instantiations);
  const check = (index: number) => medianTime(checks, index);
  const spread = (index: number, baseline: number) => ({
    spread: { ...ratioSpread(checks, index, baseline), repetitions: runs },
  });
  const section = "type-check, tsc --extendedDiagnostics, consumer switching over every topic";
  const any = { name: "same file, event typed any" };
  return [
    row(
      section,
      `check time, ${real.topics} topics`,
      "ms",
      check(REAL),
      { ...any, value: check(REAL_ANY) },
      spread(REAL, REAL_ANY),
    ),
    row(
      section,
      `check time, ${synthetic.topics} topics (synthetic)`,
      "ms",
      check(SYNTHETIC),
      { ...any, value: check(SYNTHETIC_ANY) },
      spread(SYNTHETIC, SYNTHETIC_ANY),
    ),
    row(
      section,
      `check time, ${synthetic.topics} topics`,
      "ms",
      check(SYNTHETIC),
      { name: `check time, ${real.topics} topics`, value: check(REAL) },
      spread(SYNTHETIC, REAL),
    ),
    row(
      section,
      `instantiations, ${synthetic.topics} topics`,
      "count",
      instantiations[SYNTHETIC]!,
      { name: `instantiations, ${real.topics} topics`, value: instantiations[REAL]! },
      { note: `typed any: ${instantiations[REAL_ANY]} and ${instantiations[SYNTHETIC_ANY]}` },
    ),
  ];
}

/** Writes `source` and its tsconfig; the function returned runs tsc on it once. */
async function checker(
  dir: string,
  name: string,
  source: string,
): Promise<() => Promise<Diagnostics>> {
  await writeFile(join(dir, `${name}.ts`), `${source}\n`);
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: [],
    },
    files: [`${name}.ts`],
  };
  await writeFile(join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
  return async () => {
    const { stdout } = await run(process.execPath, [
      tsc,
      "-p",
      join(dir, `tsconfig.${name}.json`),
      "--extendedDiagnostics",
    ]).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed on ${name}.ts:\n${error.stdout ?? String(error)}`);
    });
    return {
      checkMs: Number(/Check time:\s+([\d.]+)s/.exec(stdout)?.[1]) * 1000,
      instantiations: Number(/Instantiations:\s+(\d+)/.exec(stdout)?.[1]),
    };
  };
}
