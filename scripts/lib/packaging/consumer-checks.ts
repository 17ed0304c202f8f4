/**
 * @module The checks run against one version package installed in the consumer project: the same
 * receiver code type-checked, run on Node as ESM and CommonJS, in Chromium and in workerd.
 */
import { join } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { parseReport, passedChecks } from "./consumer-result.js";
import { runCommand } from "../runners/run-command.js";
import { runInChromium } from "../runners/run-in-chromium.js";
import { runInWorkerd } from "../runners/run-in-workerd.js";

/** A named check; resolves with a short detail, rejects with the reason it failed. */
export type Check = readonly [name: string, run: () => Promise<string>];

/** Node releases that `require()` ES modules without a flag. */
const REQUIRE_ESM_NODE = [20, 19] as const;

/** The checks of the consumer in `dir` (made by `writeConsumer`), using the workspace's tools. */
export function consumerChecks(repoRoot: string, dir: string, packageName: string): Check[] {
  const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
  const typecheck = async (config: string) => {
    const result = await runCommand(process.execPath, [tsc, "-p", config], { cwd: dir });
    if (result.code !== 0) throw new Error(result.output.trim());
    return `tsc ${config}`;
  };
  const node = async (file: string, where: string) => {
    const result = await runCommand(process.execPath, [file], { cwd: dir });
    const report = result.code === 0 ? parseReport(result.stdout) : { error: result.output };
    return passedChecks(report, where).join("; ");
  };
  return [
    [
      `${packageName}: ESM consumer type-checks (moduleResolution node16)`,
      () => typecheck("tsconfig.node16.json"),
    ],
    [
      `${packageName}: ESM consumer type-checks (moduleResolution bundler)`,
      () => typecheck("tsconfig.bundler.json"),
    ],
    [
      `${packageName}: ESM consumer runs on Node ${process.versions.node}`,
      () => node("out/esm-consumer.js", "node"),
    ],
    [
      `${packageName}: CommonJS consumer require()s it on Node ${process.versions.node}`,
      async () => {
        const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
        if (major * 100 + minor < REQUIRE_ESM_NODE[0] * 100 + REQUIRE_ESM_NODE[1]) {
          throw new Error(`run this check on Node >= ${REQUIRE_ESM_NODE.join(".")}`);
        }
        return node("cjs-consumer.cjs", "require()");
      },
    ],
    [
      `${packageName}: bundled by esbuild --platform=browser, runs in headless Chromium`,
      async () => {
        const script = await bundle(dir, "browser-entry.ts", { platform: "browser" });
        return passedChecks(await runInChromium(script), "chromium").join("; ");
      },
    ],
    [
      `${packageName}: bundled for workerd, runs in miniflare`,
      async () => {
        // The conditions wrangler resolves with, so the bundle is the one a Worker deploys.
        const options: BuildOptions = {
          platform: "neutral",
          conditions: ["workerd", "worker", "browser"],
        };
        const script = await bundle(dir, "worker-entry.ts", options);
        return passedChecks(await runInWorkerd(script), "workerd").join("; ");
      },
    ],
  ];
}

async function bundle(dir: string, entry: string, options: BuildOptions): Promise<string> {
  const result = await build({
    entryPoints: [join(dir, entry)],
    absWorkingDir: dir,
    bundle: true,
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
    ...options,
  });
  return result.outputFiles![0]!.text;
}
