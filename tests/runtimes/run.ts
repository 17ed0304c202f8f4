/**
 * @module
 * Runs the shared suite in every runtime we support (Node 20, 22 and 24, Deno, Bun, workerd,
 * Chromium) and prints `N passed, N failed` per runtime
 * and overall. Exits non-zero on any failure, including a runtime that cannot start: a skipped
 * runtime would read as a proven one.
 */
import { mkdir, rm } from "node:fs/promises";
import { relative } from "node:path";
import { WORK_DIR } from "./bundle.js";
import { runBun } from "./bun/run-bun.js";
import type { CaseResult } from "./suite/case-result.js";
import { runChromium } from "./chromium/run-chromium.js";
import { runDeno } from "./deno/run-deno.js";
import { NODE_BINARIES, runNode } from "./node/run-node.js";
import { runWorkerd } from "./workerd/run-workerd.js";

const RUNTIMES: ReadonlyArray<[name: string, run: () => Promise<CaseResult[]>]> = [
  [`node ${process.versions.node}`, () => runNode()],
  ["node 22", () => runNode(NODE_BINARIES["22"])],
  ["node 24", () => runNode(NODE_BINARIES["24"])],
  ["deno", runDeno],
  ["bun", runBun],
  ["workerd", runWorkerd],
  ["chromium", runChromium],
];

await rm(WORK_DIR, { recursive: true, force: true });
await mkdir(WORK_DIR, { recursive: true });

let passed = 0;
let failed = 0;
for (const [name, run] of RUNTIMES) {
  const started = performance.now();
  let results: CaseResult[];
  try {
    results = await run();
    // An empty report would pass vacuously.
    if (results.length === 0) throw new Error("the runtime reported no results");
  } catch (error) {
    results = [{ name: "the runtime starts and reports", ok: false, detail: String(error) }];
  }
  const ok = results.filter((result) => result.ok).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${name}: ${ok} passed, ${results.length - ok} failed (${seconds} s)`);
  for (const result of results.filter((r) => !r.ok)) {
    console.log(`  ✗ ${result.name}\n    ${String(result.detail).replaceAll("\n", "\n    ")}`);
  }
  passed += ok;
  failed += results.length - ok;
}

console.log(`${passed} passed, ${failed} failed`);
// A green run leaves nothing behind; a red one keeps the bundles, to run the failing one by hand.
if (failed === 0) await rm(WORK_DIR, { recursive: true, force: true });
else console.log(`bundles kept in ${relative(process.cwd(), WORK_DIR)}`);
process.exitCode = failed === 0 ? 0 : 1;
