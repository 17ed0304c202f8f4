import { join } from "node:path";
import { WORK_DIR, bundle } from "../bundle.js";
import type { CaseResult } from "../suite/case-result.js";
import { runCommand } from "../run-command.js";

/** Node as a user runs it: the `node` export condition, so the node:crypto fast path is used. */
export async function runNode(): Promise<CaseResult[]> {
  const outfile = join(WORK_DIR, "node.mjs");
  await bundle("./suite/stdout-entry.ts", outfile, { platform: "node", conditions: ["node"] });
  return runCommand(process.execPath, [outfile]);
}
