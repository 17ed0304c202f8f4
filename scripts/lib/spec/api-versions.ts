import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { isApiVersion } from "../model/naming.js";

/** Every folder of `spec/` named like an `Api-Version` date, oldest first. */
export async function listApiVersions(repoRoot: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, "spec"), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && isApiVersion(entry.name))
    .map((entry) => entry.name)
    .sort();
}
