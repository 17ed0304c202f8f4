import { join } from "node:path";
import type { Readable } from "node:stream";
import { Miniflare } from "miniflare";
import { WORK_DIR, bundle, type BundleTarget } from "../bundle.js";
import type { CaseResult } from "../suite/case-result.js";

// The conditions wrangler sets when it bundles a Worker.
const WORKERD: BundleTarget = { platform: "neutral", conditions: ["workerd", "worker", "browser"] };
const SECRET = "whsec-workerd-example";
// Within what this pinned workerd supports: it refuses compatibility dates after its release.
const COMPATIBILITY_DATE = "2026-04-01";

/** workerd through miniflare: the suite as one Worker, the README's Worker example as another. */
export async function runWorkerd(): Promise<CaseResult[]> {
  const suite = join(WORK_DIR, "workerd-suite.mjs");
  const example = join(WORK_DIR, "workerd-example.mjs");
  await bundle("./workerd/suite-worker.ts", suite, WORKERD);
  await bundle("../../packages/examples/src/cloudflare-worker.ts", example, WORKERD);
  const shared = {
    modules: true,
    compatibilityDate: COMPATIBILITY_DATE,
    bindings: { LUCCA_WEBHOOK_SECRET: SECRET },
    // One namespace id in both Workers: the suite reads back what the example wrote.
    kvNamespaces: { EMPLOYEES: "employees" },
  };
  // The example logs the deliveries it rejects, by design: keep that out of the report unless
  // something fails.
  let output = "";
  const mf = new Miniflare({
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    },
    workers: [
      { ...shared, name: "suite", scriptPath: suite, serviceBindings: { EXAMPLE: "example" } },
      { ...shared, name: "example", scriptPath: example },
    ],
  });
  try {
    const response = await mf.dispatchFetch("http://localhost/");
    if (!response.ok) {
      throw new Error(`the suite Worker answered ${response.status}: ${await response.text()}`);
    }
    const results = (await response.json()) as CaseResult[];
    return results.map((r) =>
      r.ok ? r : { ...r, detail: `${r.detail}\nworkerd output:\n${output.trim()}` },
    );
  } catch (error) {
    throw new Error(`workerd failed: ${String(error)}\nworkerd output:\n${output.trim()}`);
  } finally {
    await mf.dispose();
  }
}
