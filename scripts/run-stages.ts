/**
 * @module
 * `pnpm test`: runs every stage even after one fails, prints `<stage>: N passed, N failed` per
 * stage and a final `N passed, N failed` total, and exits non-zero if anything failed. A stage
 * that reports its own counts (vitest's `Tests` line, or a last `N passed, N failed` line, as the
 * runtime suite prints) is counted by them; any other stage counts as one check.
 */
import { spawn } from "node:child_process";

/** One stage: a name and the command (run through the shell) that performs it. */
export interface Stage {
  name: string;
  command: string;
}

/** How one stage ended. */
export interface StageResult {
  name: string;
  passed: number;
  failed: number;
  exitCode: number;
}

/** The stages of `pnpm test`, in order. */
export const TEST_STAGES: readonly Stage[] = [
  { name: "generate:check", command: "pnpm generate:check" },
  { name: "lint", command: "pnpm lint" },
  { name: "build", command: "pnpm build" },
  { name: "typecheck", command: "pnpm typecheck" },
  { name: "vitest", command: "pnpm exec vitest run --typecheck" },
  { name: "runtimes", command: "pnpm test:runtimes" },
  { name: "packages", command: "pnpm check:packages" },
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Reads the counts a stage printed, if it printed any. */
export function countsIn(output: string): { passed: number; failed: number } | undefined {
  const lines = output.replace(ANSI, "").split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    const vitest = /^Tests\s+(.*)\(\d+\)$/.exec(line);
    if (vitest !== null) {
      const count = (word: string) =>
        Number(new RegExp(`(\\d+) ${word}`).exec(vitest[1]!)?.[1] ?? 0);
      return { passed: count("passed"), failed: count("failed") };
    }
    const own = /^(\d+) passed, (\d+) failed$/.exec(line);
    if (own !== null) return { passed: Number(own[1]), failed: Number(own[2]) };
  }
  return undefined;
}

/** Runs one stage, echoing its output as it comes. */
export function runStage(stage: Stage, echo = true): Promise<StageResult> {
  return new Promise((resolve) => {
    const child = spawn(stage.command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (sink: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) sink.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    child.on("close", (code) => {
      const exitCode = code ?? 1;
      const counts = countsIn(output) ?? { passed: exitCode === 0 ? 1 : 0, failed: 0 };
      // A failing command with no failure counted still failed: count it.
      const failed = exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed;
      resolve({ name: stage.name, passed: counts.passed, failed, exitCode });
    });
  });
}

/** Runs every stage in order and returns each result; a failure never stops the next stage. */
export async function runStages(stages: readonly Stage[], echo = true): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const stage of stages) {
    if (echo) console.log(`\n▶ ${stage.name}: ${stage.command}`);
    results.push(await runStage(stage, echo));
  }
  return results;
}

/** The summary lines: one per stage, then the total, each ending in `N passed, N failed`. */
export function summary(results: readonly StageResult[]): string[] {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  return [
    ...results.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed`),
    `${passed} passed, ${failed} failed`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runStages(TEST_STAGES);
  console.log(`\n${summary(results).join("\n")}`);
  process.exitCode = results.some((r) => r.failed > 0 || r.exitCode !== 0) ? 1 : 0;
}
