import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WORK_DIR, bundle } from "../bundle.js";
import type { CaseResult } from "../suite/case-result.js";
import { runCommand } from "../run-command.js";

/**
 * The Node binaries of tests/runtimes' `node22` and `node24` devDependencies (npm's `node` package, aliased):
 * installed with the repository, so the suite runs on them offline.
 */
export const NODE_BINARIES = {
  "22": fileURLToPath(new URL("../node_modules/node22/bin/node", import.meta.url)),
  "24": fileURLToPath(new URL("../node_modules/node24/bin/node", import.meta.url)),
} as const;

/**
 * Node as a user runs it: the `node` export condition, so the node:crypto fast path is used. The
 * default binary is the one running this script (Node 20 here).
 */
export async function runNode(binary: string = process.execPath): Promise<CaseResult[]> {
  const outfile = join(WORK_DIR, "node.mjs");
  await bundle("./suite/stdout-entry.ts", outfile, { platform: "node", conditions: ["node"] });
  return runCommand(binary, [outfile]);
}
