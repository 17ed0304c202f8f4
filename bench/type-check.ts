import { execFile } from "node:child_process";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { median, spreadOf, type Spread } from "./measure.js";
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

/** Diagnostics of the typed consumer and of the same file typed `any`. */
export interface TypeCheckCost {
  topics: number;
  typed: Diagnostics;
  any: Diagnostics;
}

/**
 * Type-checks a consumer that switches over every topic and reads a field narrowed to the topic's
 * resource, and the same file with the event typed `any` (no library types at all).
 */
export async function measureTypeCheck(
  packageDir: string,
  topics: readonly string[],
  workDir: string,
  // tsc reports check time in steps of 10 ms, so a median needs several runs.
  runs = 5,
): Promise<TypeCheckCost> {
  await mkdir(workDir, { recursive: true });
  const path = relative(workDir, join(packageDir, "dist/index.js"));
  const specifier = path.startsWith(".") ? path : `./${path}`;
  const cases = topics.map(
    (topic) => `    case ${JSON.stringify(topic)}:\n      return event.data.type + event.data.id;`,
  );
  const typed = [
    `import type { LuccaEvent } from ${JSON.stringify(specifier)};`,
    "export function describe(event: LuccaEvent): string {",
    "  switch (event.topic) {",
    ...cases,
    "    default: {",
    "      const unreachable: never = event;",
    "      return unreachable;",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const untyped = [
    "export function describe(event: any): string {",
    "  switch (event.topic) {",
    ...cases,
    "    default:",
    '      return "";',
    "  }",
    "}",
  ].join("\n");
  return {
    topics: topics.length,
    typed: await diagnose(workDir, "typed", typed, runs),
    any: await diagnose(workDir, "any", untyped, runs),
  };
}

/** The marginal check time of the typed switches and of the same switches typed `any`. */
export interface MarginalTypeCheck {
  copies: number;
  /** Median over rounds, in milliseconds. */
  typed: number;
  any: number;
  /** typed ÷ any of each round. */
  ratio: Spread;
  rounds: number;
}

/**
 * The marginal cost of one switch over every topic, typed against typed `any`: the switch is
 * written `copies` times, and each file's cost is taken over a control file (the import alone, or
 * nothing), so the checker's fixed start-up cost cancels out. Both files do the same switches with
 * the same cases and property reads; the typed one also checks exhaustiveness in its `default`,
 * as a consumer would. The four files are checked in turn, `repeats` times, in every round (in one
 * child process, see type-check-worker.ts), so load on the machine hits all of them alike; each
 * round takes each file's median check, and the ratio is the median of the rounds' ratios. The checker is warmed up first: in a fresh `tsc` the JIT's warm-up is a
 * one-off cost that outweighs a small file's checking and makes the ratio depend on `copies`.
 */
export async function measureMarginalTypeCheck(
  packageDir: string,
  topics: readonly string[],
  workDir: string,
  copies: number,
  rounds = 7,
  repeats = 3,
): Promise<MarginalTypeCheck> {
  await mkdir(workDir, { recursive: true });
  const path = relative(workDir, join(packageDir, "dist/index.js"));
  const specifier = path.startsWith(".") ? path : `./${path}`;
  const importLine = `import type { LuccaEvent } from ${JSON.stringify(specifier)};`;
  const cases = topics.map(
    (topic) => `    case ${JSON.stringify(topic)}:\n      return event.data.type + event.data.id;`,
  );
  const switchOver = (index: number, type: string, fallback: string[]) =>
    [
      `export function describe${index}(event: ${type}): string {`,
      "  switch (event.topic) {",
      ...cases,
      ...fallback,
      "  }",
      "}",
    ].join("\n");
  const typedDefault = [
    "    default: {",
    "      const unreachable: never = event;",
    "      return unreachable;",
    "    }",
  ];
  const anyDefault = ["    default:", '      return "";'];
  const many = (type: string, fallback: string[]) =>
    Array.from({ length: copies }, (_, index) => switchOver(index, type, fallback)).join("\n");
  const sources = {
    typedMany: `${importLine}\n${many("LuccaEvent", typedDefault)}`,
    typedControl: `${importLine}\nexport type Control = LuccaEvent;`,
    anyMany: many("any", anyDefault),
    anyControl: "export const control = 0;",
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
    ["--expose-gc", "--import", TSX, WORKER, JSON.stringify({ files, rounds, repeats, warmUp: 3 })],
    { maxBuffer: 1 << 20 },
  );
  const times = JSON.parse(stdout) as Record<string, number[]>;
  const [typedMany, typedControl, anyMany, anyControl] = files.map((file) => times[file]!);
  const typed = typedMany!.map((time, round) => time - typedControl![round]!);
  const untyped = anyMany!.map((time, round) => time - anyControl![round]!);
  return {
    copies,
    typed: median(typed),
    any: median(untyped),
    ratio: spreadOf(typed.map((time, round) => time / untyped[round]!)),
    rounds,
  };
}

/** The row for {@link measureMarginalTypeCheck}. */
export function marginalTypeCheckRow(topics: number, cost: MarginalTypeCheck): BenchRow {
  return row(
    "type-check, consumer switching over every topic, warm checker, CPU time",
    `marginal check time of ${cost.copies} switches over ${topics} topics, over the import alone`,
    "ms",
    cost.typed,
    { name: "the same switches, event typed any", value: cost.any },
    { spread: { ...cost.ratio, repetitions: cost.rounds } },
  );
}

/** Rows for the real version and the 10× synthetic one, and how the cost grows between them. */
export function typeCheckRows(real: TypeCheckCost, synthetic: TypeCheckCost): BenchRow[] {
  const section = "type-check, tsc --extendedDiagnostics, consumer switching over every topic";
  const any = (cost: TypeCheckCost) => ({
    name: "same file, event typed any",
    value: cost.any.checkMs,
  });
  return [
    row(section, `check time, ${real.topics} topics`, "ms", real.typed.checkMs, any(real)),
    row(
      section,
      `check time, ${synthetic.topics} topics (synthetic)`,
      "ms",
      synthetic.typed.checkMs,
      any(synthetic),
    ),
    row(section, `check time, ${synthetic.topics} topics`, "ms", synthetic.typed.checkMs, {
      name: `check time, ${real.topics} topics`,
      value: real.typed.checkMs,
    }),
    row(
      section,
      `instantiations, ${synthetic.topics} topics`,
      "count",
      synthetic.typed.instantiations,
      { name: `instantiations, ${real.topics} topics`, value: real.typed.instantiations },
      { note: `typed any: ${real.any.instantiations} and ${synthetic.any.instantiations}` },
    ),
  ];
}

async function diagnose(
  dir: string,
  name: string,
  source: string,
  runs: number,
): Promise<Diagnostics> {
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
  const checks: number[] = [];
  let instantiations = 0;
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, [
      tsc,
      "-p",
      join(dir, `tsconfig.${name}.json`),
      "--extendedDiagnostics",
    ]).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed on ${name}.ts:\n${error.stdout ?? String(error)}`);
    });
    checks.push(Number(/Check time:\s+([\d.]+)s/.exec(stdout)?.[1]) * 1000);
    instantiations = Number(/Instantiations:\s+(\d+)/.exec(stdout)?.[1]);
  }
  return { checkMs: median(checks), instantiations };
}
