import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** The files generated for one folder, keyed by path relative to it. */
export interface GeneratedTree {
  root: string;
  files: Record<string, string>;
}

/** Paths under a generated folder that the generator never owns. */
const NOT_GENERATED = new Set(["CHANGELOG.md", "node_modules", "dist"]);

/** A difference between a generated tree and the disk. */
export interface StaleFile {
  path: string;
  problem: "changed" | "missing" | "not generated";
}

/** Compares a tree with the disk without writing anything. */
export async function findStaleFiles(tree: GeneratedTree): Promise<StaleFile[]> {
  const stale: StaleFile[] = [];
  for (const [path, content] of Object.entries(tree.files)) {
    const current = await readFile(join(tree.root, path), "utf8").catch(() => undefined);
    if (current === undefined) stale.push({ path: join(tree.root, path), problem: "missing" });
    else if (current !== content) stale.push({ path: join(tree.root, path), problem: "changed" });
  }
  for (const path of await listFiles(tree.root)) {
    if (!Object.hasOwn(tree.files, path)) {
      stale.push({ path: join(tree.root, path), problem: "not generated" });
    }
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Writes a tree: changed and missing files are written, files it no longer holds are removed. */
export async function writeTree(tree: GeneratedTree): Promise<StaleFile[]> {
  const stale = await findStaleFiles(tree);
  for (const file of stale) {
    const path = relative(tree.root, file.path);
    if (file.problem === "not generated") {
      await rm(file.path);
    } else {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, tree.files[path]!);
    }
  }
  return stale;
}

async function listFiles(root: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (prefix === "" && NOT_GENERATED.has(entry.name)) continue;
    const path = prefix === "" ? entry.name : join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else files.push(path);
  }
  return files;
}
