import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { mergeChunks } from "./merge-chunks.js";

let root: string | undefined;
afterEach(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

/** Three entries sharing modules in different sets, so code splitting writes several chunks. */
async function splitPackage(): Promise<string> {
  root = await mkdtemp(join(tmpdir(), "lucca-merge-chunks-"));
  const sources: Record<string, string> = {
    "errors.js": "export class PackageError extends Error {}",
    "verify.js":
      'import { PackageError } from "./errors.js";\nexport const fail = () => new PackageError("x");',
    "a.js": 'export { fail } from "./verify.js";\nexport { PackageError } from "./errors.js";',
    "b.js": 'export { fail } from "./verify.js";',
    "c.js": 'export { PackageError } from "./errors.js";',
  };
  await mkdir(join(root, "src"));
  for (const [name, code] of Object.entries(sources)) {
    await writeFile(join(root, "src", name), `${code}\n`);
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["a", "b", "c"].map((name) => ({ in: `src/${name}.js`, out: name })),
    outdir: "dist",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  expect((await readdir(join(root, "dist/chunks"))).length).toBeGreaterThan(1);
  await mergeChunks(root, result.metafile);
  return root;
}

describe("mergeChunks", () => {
  it("leaves one shared chunk that every entry imports", async () => {
    const dir = await splitPackage();
    expect(await readdir(join(dir, "dist/chunks"))).toEqual(["shared.js"]);
    for (const entry of ["a", "b", "c"]) {
      expect(await readFile(join(dir, `dist/${entry}.js`), "utf8")).toContain("./chunks/shared.js");
    }
  });

  it("keeps one class across entries, so instanceof holds", async () => {
    const dir = await splitPackage();
    const load = (name: string) => import(pathToFileURL(join(dir, `dist/${name}.js`)).href);
    const [a, b, c] = await Promise.all(["a", "b", "c"].map(load));
    expect(b.fail()).toBeInstanceOf(c.PackageError);
    expect(a.PackageError).toBe(c.PackageError);
  });
});
