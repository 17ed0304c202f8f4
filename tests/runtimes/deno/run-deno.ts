import { createRequire } from "node:module";
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
  const served = join(WORK_DIR, "deno-serve.mjs");
  await bundle("./deno/serve-entry.ts", served, {
    platform: "neutral",
    conditions: ["deno", "node"],
    external: ["node:*"],
  });
  // The package's own launcher, run by this Node: npx would add warnings of its own to stderr.
  const launcher = createRequire(import.meta.url).resolve("deno/bin.cjs");
  const run = ["run", "--quiet", "--no-prompt"];
  return [
    // No permission flag: verifying and handling webhooks must need none.
    ...(await runCommand(process.execPath, [launcher, ...run, outfile])),
    // Deno.serve needs the loopback; Deno warns on stderr about a cloned served request.
    ...(await runCommand(process.execPath, [launcher, ...run, "--allow-net=127.0.0.1", served], {
      silentStderr: "deno serve: prints no warning (the request body is read without a clone)",
    })),
  ];
}
