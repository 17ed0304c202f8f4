import { join } from "node:path";
import { WORK_DIR, bundle } from "../bundle.js";
import type { CaseResult } from "../suite/case-result.js";
import { runCommand } from "../run-command.js";

/** Bun from its npm package, with the conditions Bun's resolver sets. */
export async function runBun(): Promise<CaseResult[]> {
  const outfile = join(WORK_DIR, "bun.mjs");
  await bundle("./suite/stdout-entry.ts", outfile, {
    platform: "neutral",
    conditions: ["bun", "node"],
    external: ["node:*"],
  });
  return runCommand("npx", ["--no-install", "bun", "run", outfile]);
}
