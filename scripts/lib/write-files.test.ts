import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findStaleFiles, writeTree } from "./write-files.js";

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function scratch(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "write-files-"));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

describe("write-files", () => {
  it("check mode lists changed, missing and extra files and writes nothing", async () => {
    const root = await scratch({ "a.ts": "old", "src/extra.ts": "x", "CHANGELOG.md": "kept" });
    const stale = await findStaleFiles({ root, files: { "a.ts": "new", "b.ts": "b" } });
    expect(stale.map((file) => [file.path.slice(root.length + 1), file.problem])).toEqual([
      ["a.ts", "changed"],
      ["b.ts", "missing"],
      ["src/extra.ts", "not generated"],
    ]);
    expect(await readFile(join(root, "a.ts"), "utf8")).toBe("old");
  });

  it("write mode makes the folder match, keeping CHANGELOG.md", async () => {
    const root = await scratch({ "a.ts": "old", "src/extra.ts": "x", "CHANGELOG.md": "kept" });
    await writeTree({ root, files: { "a.ts": "new", "src/deep/b.ts": "b" } });
    expect(await readFile(join(root, "a.ts"), "utf8")).toBe("new");
    expect(await readFile(join(root, "src/deep/b.ts"), "utf8")).toBe("b");
    expect((await readdir(join(root, "src"))).sort()).toEqual(["deep"]);
    expect(await readFile(join(root, "CHANGELOG.md"), "utf8")).toBe("kept");
    expect(await findStaleFiles({ root, files: { "a.ts": "new", "src/deep/b.ts": "b" } })).toEqual(
      [],
    );
  });
});
