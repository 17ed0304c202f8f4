import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { foldSharedChunk } from "./fold-shared-chunk.js";
import { mergeChunks } from "./merge-chunks.js";
import { FIXTURE_ENTRIES, splitPackage, type SplitPackage } from "./split-package-fixture.js";

let fixture: SplitPackage | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

const ENTRY_FILES = FIXTURE_ENTRIES.map((name) => `${name}.js`);

/** The fixture package, its chunks merged; `index` publishes `internal` or not, as asked. */
async function mergedPackage(indexPublishesAll: boolean): Promise<SplitPackage> {
  fixture = await splitPackage(indexPublishesAll);
  await mergeChunks(fixture.dir, fixture.metafile);
  return fixture;
}

describe("foldSharedChunk", () => {
  it("folds a chunk the main entry publishes whole into it; the others import the main entry", async () => {
    const { dir, load } = await mergedPackage(true);
    expect(await foldSharedChunk(dir, ENTRY_FILES)).toBe(true);
    expect(await readdir(join(dir, "dist"))).toEqual(["client.js", "index.js", "testing.js"]);
    for (const entry of ["client", "testing"]) {
      expect(await readFile(join(dir, `dist/${entry}.js`), "utf8")).toContain('from "./index.js"');
    }
    const [index, client, testing] = await Promise.all(FIXTURE_ENTRIES.map(load));
    expect(Object.keys(index!).sort()).toEqual(["EventError", "extra", "internal", "validate"]);
    expect((client!["fail"] as () => unknown)()).toBeInstanceOf(index!["EventError"]);
    expect(testing!["EventError"]).toBe(index!["EventError"]);
  });

  it("keeps the chunk when it holds a name the main entry does not publish", async () => {
    const { dir, load } = await mergedPackage(false);
    expect(await foldSharedChunk(dir, ENTRY_FILES)).toBe(false);
    expect(await readdir(join(dir, "dist/chunks"))).toEqual(["shared.js"]);
    const index = await load("index");
    expect(Object.keys(index).sort()).toEqual(["EventError", "extra", "validate"]);
  });
});
