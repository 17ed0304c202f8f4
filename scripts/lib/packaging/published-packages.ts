import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** A `package.json`, as far as the packaging checks read it. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  [field: string]: unknown;
}

/** A workspace package that is published to npm. */
export interface PublishedPackage {
  /** Absolute path of the package folder. */
  dir: string;
  manifest: Manifest;
}

/** Every non-private package directly under `packages/`, sorted by name. */
export async function listPublishedPackages(repoRoot: string): Promise<PublishedPackage[]> {
  const entries = await readdir(join(repoRoot, "packages"), { withFileTypes: true });
  const packages: PublishedPackage[] = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const dir = join(repoRoot, "packages", entry.name);
    const text = await readFile(join(dir, "package.json"), "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const manifest = JSON.parse(text) as Manifest;
    if (manifest.private !== true) packages.push({ dir, manifest });
  }
  return packages.sort((a, b) => (a.manifest.name < b.manifest.name ? -1 : 1));
}
