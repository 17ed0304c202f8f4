import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageName } from "../model/naming.js";
import { listApiVersions } from "../spec/api-versions.js";
import { listPublishedPackages, type Manifest } from "./published-packages.js";

// The built packages a browser or edge bundle carries (`pnpm test` builds before vitest runs):
// core and each version package. The CLI and the inbox run on Node, unbundled.
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const bundled = new Set([
  "@lucca-events/core",
  ...(await listApiVersions(repoRoot)).map(packageName),
]);
const packages = (await listPublishedPackages(repoRoot)).filter(({ manifest }) =>
  bundled.has(manifest.name),
);

type ExportTarget = string | { default?: string; node?: ExportTarget } | undefined;
const filesOf = (target: ExportTarget): string[] =>
  typeof target === "string"
    ? [target]
    : target === undefined
      ? []
      : [...filesOf(target.default), ...filesOf(target.node)];

/** The JavaScript files a package's `exports` names (its manifest aside). */
function entryFiles(manifest: Manifest): string[] {
  const targets = Object.values(manifest["exports"] as Record<string, ExportTarget>);
  return [...new Set(targets.flatMap(filesOf))].filter((file) => file.endsWith(".js"));
}

// Copies of the dist/ folders without their package.json: `"sideEffects": false` would let a
// bundler drop a whole unused file and hide what these tests look for.
let copies: string;
beforeAll(async () => {
  copies = await mkdtemp(join(tmpdir(), "lucca-unused-imports-"));
  for (const { dir, manifest } of packages) {
    await cp(join(dir, "dist"), join(copies, manifest.name, "dist"), { recursive: true });
  }
});
afterAll(() => rm(copies, { recursive: true, force: true }));

/** What a minifying bundler keeps of `file` when the importer uses none of its exports. */
async function keptOf(manifest: Manifest, file: string): Promise<string> {
  const dependencies = Object.keys((manifest["dependencies"] as object | undefined) ?? {});
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(file)};`, resolveDir: join(copies, manifest.name) },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    platform: "neutral",
    // Core as installed (its own files are looked at on their own, and a version package's
    // `export *` of it must be bundled to be static); third-party packages are not ours to judge.
    nodePaths: [join(repoRoot, "node_modules")],
    external: ["node:*", ...dependencies.filter((name) => !name.startsWith("@lucca-events/"))],
    logLevel: "silent",
  });
  // Imports of other modules stay (a bundler cannot know they are pure); they hold no code of
  // this package.
  return result.outputFiles[0]!.text.replace(/import(?:[\w${},\s]*from)?"[^"]+";/g, "").trim();
}

describe.each(packages.map(({ manifest }) => [manifest.name, manifest] as const))(
  "%s's entry points, imported and left unused",
  (_name, manifest) => {
    const files = entryFiles(manifest);
    it("are found in package.json", () => {
      expect(files).toContain("./dist/index.js");
    });

    // Every module-level value is a literal, a function or a call marked `/* @__PURE__ */`: a
    // Map, a table or a RegExp built at load time would ride along in every bundle that imports
    // anything from the same file (a package's modules share one chunk), needed or not.
    it.each(files)("%s leaves nothing in a bundle", async (file) => {
      expect(await keptOf(manifest, file)).toBe("");
    });
  },
);
