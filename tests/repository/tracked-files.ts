/**
 * The repository as git tracks it, for the docs checks: tracked files, the folders they imply,
 * the API versions under `spec/`, and written paths with placeholders (`spec/<version>/`,
 * `packages/core/src/adapters/<host>/`) matched against them.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root (this file sits two folders below it). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What git tracks: files, every folder holding one (with a trailing `/`), the spec versions. */
export interface Tree {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
  versions: readonly string[];
}

/** Reads the tracked tree with `git ls-files`, so untracked scratch files never count. */
export function readTree(): Tree {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "");
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      folders.add(`${parts.slice(0, depth).join("/")}/`);
    }
  }
  const versions = childFolders(folders, "spec/").map((folder) => folder.split("/")[1]!);
  return { files: new Set(files), folders, versions };
}

/** The folders directly inside `parent` (both with a trailing `/`), sorted. */
export function childFolders(folders: ReadonlySet<string>, parent: string): string[] {
  return [...folders]
    .filter(
      (folder) => folder.startsWith(parent) && folder.slice(parent.length).split("/").length === 2,
    )
    .sort();
}

/**
 * A written path with `<version>` replaced by each spec version; any other `<placeholder>` (or
 * `*`) stays a wildcard for one path segment, matched by {@link matches}.
 */
export function expandVersions(path: string, versions: readonly string[]): string[] {
  return path.includes("<version>") ? versions.map((v) => path.replaceAll("<version>", v)) : [path];
}

/** Whether a path still holds a wildcard after {@link expandVersions}. */
export function isPattern(path: string): boolean {
  return /<[^>]+>|\*/.test(path);
}

/** The tracked files and folders a path (or pattern) names. */
export function matches(tree: Tree, path: string): string[] {
  if (!isPattern(path)) return tree.files.has(path) || tree.folders.has(path) ? [path] : [];
  const source = path
    .split(/(<[^>]+>|\*)/)
    .map((part, i) => (i % 2 === 1 ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const pattern = new RegExp(`^${source}$`);
  return [...tree.files, ...tree.folders].filter((candidate) => pattern.test(candidate));
}
