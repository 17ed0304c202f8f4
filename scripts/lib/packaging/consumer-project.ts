/**
 * @module A scratch project outside the workspace that installs the packed tarballs with plain
 * npm, the way a user's project gets them from the registry.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { PublishedPackage } from "./published-packages.js";
import { runCommand } from "../runners/run-command.js";

/** The version the consumer fixtures are written against; replaced by the version under test. */
const FIXTURE_VERSION = "2024-11-01";

/** Packs each package with `pnpm pack` (which rewrites `workspace:` ranges) into `dest`. */
export async function packTarballs(
  packages: readonly PublishedPackage[],
  dest: string,
): Promise<Map<string, string>> {
  await mkdir(dest, { recursive: true });
  const tarballs = new Map<string, string>();
  for (const { dir, manifest } of packages) {
    const result = await runCommand("pnpm", ["pack", "--pack-destination", dest], { cwd: dir });
    const file = result.stdout
      .split("\n")
      .filter((line) => line.trim().endsWith(".tgz"))
      .at(-1);
    if (result.code !== 0 || file === undefined) {
      throw new Error(`pnpm pack failed for ${manifest.name}:\n${result.output}`);
    }
    tarballs.set(manifest.name, join(dest, basename(file.trim())));
  }
  return tarballs;
}

/**
 * Writes a package.json depending on every tarball and runs `npm install --offline`: a published
 * package that needed anything from the registry would fail here.
 */
export async function installTarballs(root: string, tarballs: Map<string, string>): Promise<void> {
  const dependencies = Object.fromEntries(
    [...tarballs].map(([name, file]) => [name, `file:${file}`]),
  );
  // Dependents must get the packed core too, never a registry copy.
  const overrides = Object.fromEntries([...tarballs.keys()].map((name) => [name, `$${name}`]));
  const manifest = {
    name: "consumer-check",
    private: true,
    type: "module",
    dependencies,
    overrides,
  };
  await writeFile(join(root, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const args = ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock"];
  const result = await runCommand("npm", args, { cwd: root });
  if (result.code !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${result.output}`);
}

/**
 * Copies the consumer fixtures into `<root>/api-<version>/`, rewritten for `apiVersion`, and
 * returns that folder.
 */
export async function writeConsumer(
  fixtures: string,
  root: string,
  apiVersion: string,
): Promise<string> {
  const dir = join(root, `api-${apiVersion}`);
  await mkdir(dir, { recursive: true });
  for (const name of (await readdir(fixtures)).sort()) {
    const text = await readFile(join(fixtures, name), "utf8");
    const rewritten = text.replaceAll(FIXTURE_VERSION, apiVersion);
    await writeFile(join(dir, name), rewritten);
  }
  return dir;
}

/** Every installed copy of package `name` under `nodeModules`, at any depth. */
export async function findInstalled(nodeModules: string, name: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(nodeModules, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.name !== "package.json" || !entry.isFile()) continue;
    const text = await readFile(join(entry.parentPath, entry.name), "utf8");
    if (JSON.stringify(name) === (/"name"\s*:\s*("[^"]*")/.exec(text)?.[1] ?? "")) {
      found.push(entry.parentPath);
    }
  }
  return found.sort();
}
