import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built package, as consumers bundle it (`pnpm test` builds before vitest runs).
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(await readFile(join(packageRoot, "package.json"), "utf8")) as {
  exports: Record<string, { default?: string; node?: { default: string } } | string>;
};
const entryFiles = [
  ...new Set(
    Object.values(manifest.exports).flatMap((target) =>
      typeof target === "string" ? [] : [target.default, target.node?.default],
    ),
  ),
].filter((file): file is string => file !== undefined);

// A copy of dist/ without the package.json: `"sideEffects": false` would let a bundler drop a
// whole unused file and hide what these tests look for.
let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "lucca-unused-imports-"));
  await cp(join(packageRoot, "dist"), join(copy, "dist"), { recursive: true });
});
afterAll(() => rm(copy, { recursive: true, force: true }));

/** What a minifying bundler keeps of `file` when the importer uses none of its exports. */
async function keptOf(file: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(file)};`, resolveDir: copy },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    platform: "neutral",
    external: ["node:*"],
    logLevel: "silent",
  });
  // Imports of Node's own modules stay (a bundler cannot know they are pure); they cost no bytes
  // of ours.
  return result.outputFiles[0]!.text.replace(/import\{[^}]*\}from"node:[a-z]+";/g, "").trim();
}

describe("core's entry points, imported and left unused", () => {
  it("are all found in package.json", () => {
    expect(entryFiles).toEqual(expect.arrayContaining(["./dist/index.js", "./dist/formats.js"]));
  });

  // Every module-level value is a literal, a function or a call marked `/* @__PURE__ */`: a
  // Map, a table or a RegExp built at load time would ride along in every bundle that imports
  // anything from the same file (all of core shares one chunk), needed or not.
  it.each(entryFiles)("%s leaves nothing in a bundle", async (file) => {
    expect(await keptOf(file)).toBe("");
  });
});
