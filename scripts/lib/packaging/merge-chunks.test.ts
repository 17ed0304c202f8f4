import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mergeChunks } from "./merge-chunks.js";
import { FIXTURE_ENTRIES, splitPackage, type SplitPackage } from "./split-package-fixture.js";

let fixture: SplitPackage | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

/** The fixture package, its several chunks merged. */
async function mergedPackage(): Promise<SplitPackage> {
  fixture = await splitPackage();
  expect((await readdir(join(fixture.dir, "dist/chunks"))).length).toBeGreaterThan(1);
  await mergeChunks(fixture.dir, fixture.metafile);
  return fixture;
}

describe("mergeChunks", () => {
  it("leaves one shared chunk that every entry imports", async () => {
    const { dir } = await mergedPackage();
    expect(await readdir(join(dir, "dist/chunks"))).toEqual(["shared.js"]);
    for (const entry of FIXTURE_ENTRIES) {
      expect(await readFile(join(dir, `dist/${entry}.js`), "utf8")).toContain("./chunks/shared.js");
    }
  });

  it("keeps one class across entries, so instanceof holds", async () => {
    const { load } = await mergedPackage();
    const [index, client, testing] = await Promise.all(FIXTURE_ENTRIES.map(load));
    expect((client!["fail"] as () => unknown)()).toBeInstanceOf(testing!["EventError"]);
    expect(index!["EventError"]).toBe(testing!["EventError"]);
  });
});
