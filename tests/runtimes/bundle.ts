import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

/** Where bundles and per-run scratch files go (git-ignored). */
export const WORK_DIR = fileURLToPath(new URL("./.work/", import.meta.url));

const VECTORS_DIR = new URL("../../packages/core/test/vectors/", import.meta.url);
const API_PACKAGE_DIR = fileURLToPath(new URL("../../packages/api-2024-11-01/", import.meta.url));

/** How one runtime resolves packages: the export conditions it sets, and its builtins. */
export interface BundleTarget {
  platform: "node" | "neutral" | "browser";
  /** Export conditions besides `import` and `default`, as the runtime itself would set them. */
  conditions: string[];
  /** Module specifiers the runtime provides (`node:*` in Deno and Bun). */
  external?: string[];
}

/**
 * Bundles `entry` into one ESM file for a runtime, with `@lucca-events/*` resolved to the built
 * dist through the packages' export maps, as an installed copy would be.
 */
export async function bundle(entry: string, outfile: string, target: BundleTarget): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    outfile,
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: target.platform,
    conditions: target.conditions,
    // The packages expose only `exports`; no runtime here reads `main` or `module`.
    mainFields: [],
    external: target.external ?? [],
    logLevel: "warning",
    plugins: [signatureVectorsPlugin, versionPackagePlugin],
  });
}

// Lets the suite import the committed vectors without file-system access at run time.
const signatureVectorsPlugin: Plugin = {
  name: "signature-vectors",
  setup(build) {
    build.onResolve({ filter: /^virtual:signature-vectors$/ }, (args) => ({
      path: args.path,
      namespace: "signature-vectors",
    }));
    build.onLoad({ filter: /.*/, namespace: "signature-vectors" }, async () => {
      const files = (await readdir(VECTORS_DIR)).filter((f) => f.endsWith(".json")).sort();
      const vectors = await Promise.all(
        files.map(async (file) => ({
          file,
          ...JSON.parse(await readFile(new URL(file, VECTORS_DIR), "utf8")),
        })),
      );
      return {
        contents: `export const SIGNATURE_VECTORS = ${JSON.stringify(vectors)};`,
        loader: "js",
      };
    });
  },
};

// The runtime suites are no package of their own, so the version package is
// resolved from its own folder, through its export map, exactly as a consumer would see it.
const versionPackagePlugin: Plugin = {
  name: "version-package",
  setup(build) {
    build.onResolve({ filter: /^@lucca-events\/2024-11-01(\/|$)/ }, async (args) => {
      if (args.pluginData === "redirected") return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: API_PACKAGE_DIR,
        pluginData: "redirected",
      });
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path };
    });
  },
};
