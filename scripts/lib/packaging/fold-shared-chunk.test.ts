import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { foldSharedChunk } from "./fold-shared-chunk.js";
import { mergeChunks } from "./merge-chunks.js";

let root: string | undefined;
afterEach(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

/** `index` and `client` share `events.js`; `index` publishes `internal` or not, as asked. */
async function splitPackage(indexPublishesAll: boolean): Promise<string> {
  root = await mkdtemp(join(tmpdir(), "lucca-fold-shared-chunk-"));
  const sources: Record<string, string> = {
    "events.js": [
      "export class EventError extends Error {}",
      "export const internal = () => 1;",
      "export const validate = () => internal() === 1;",
    ].join("\n"),
    "index.js": indexPublishesAll
      ? 'export { EventError, internal, validate } from "./events.js";\nexport const extra = 2;'
      : 'export { EventError, validate } from "./events.js";\nexport const extra = 2;',
    "client.js":
      'import { EventError, internal } from "./events.js";\nexport const fail = () => new EventError(String(internal()));',
  };
  await mkdir(join(root, "src"));
  for (const [name, code] of Object.entries(sources)) {
    await writeFile(join(root, "src", name), `${code}\n`);
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["index", "client"].map((name) => ({ in: `src/${name}.js`, out: name })),
    outdir: "dist",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  await mergeChunks(root, result.metafile);
  return root;
}

const load = (dir: string, name: string) =>
  import(pathToFileURL(join(dir, `dist/${name}.js`)).href);

describe("foldSharedChunk", () => {
  it("folds a chunk the main entry publishes whole into it; the others import the main entry", async () => {
    const dir = await splitPackage(true);
    expect(await foldSharedChunk(dir, ["index.js", "client.js"])).toBe(true);
    expect(await readdir(join(dir, "dist"))).toEqual(["client.js", "index.js"]);
    expect(await readFile(join(dir, "dist/client.js"), "utf8")).toContain('from "./index.js"');
    const [index, client] = await Promise.all([load(dir, "index"), load(dir, "client")]);
    expect(Object.keys(index).sort()).toEqual(["EventError", "extra", "internal", "validate"]);
    expect(client.fail()).toBeInstanceOf(index.EventError);
  });

  it("keeps the chunk when it holds a name the main entry does not publish", async () => {
    const dir = await splitPackage(false);
    expect(await foldSharedChunk(dir, ["index.js", "client.js"])).toBe(false);
    expect(await readdir(join(dir, "dist/chunks"))).toEqual(["shared.js"]);
    const index = await load(dir, "index");
    expect(Object.keys(index).sort()).toEqual(["EventError", "extra", "validate"]);
  });
});
