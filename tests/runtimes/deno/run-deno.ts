import { join } from "node:path";
import { WORK_DIR, bundle } from "../bundle.js";
import type { CaseResult } from "../suite/case-result.js";
import { runCommand } from "../run-command.js";

/** Deno from its npm package, with the conditions Deno sets for npm packages. */
export async function runDeno(): Promise<CaseResult[]> {
  const outfile = join(WORK_DIR, "deno.mjs");
  await bundle("./suite/stdout-entry.ts", outfile, {
    platform: "neutral",
    conditions: ["deno", "node"],
    external: ["node:*"],
  });
  // No permission flag: verifying and handling webhooks must need none.
  return runCommand("npx", ["--no-install", "deno", "run", "--quiet", "--no-prompt", outfile]);
}
