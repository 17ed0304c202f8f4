/**
 * @module The third-party runtime dependencies of the published packages (today openapi-fetch,
 * for the version packages' `client` entry), packed from the workspace's installed copies so
 * that the consumer project still installs with `npm install --offline`, from tarballs only.
 */
import { readFile, realpath } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import type { PublishedPackage } from "./published-packages.js";
import { runCommand } from "../runners/run-command.js";

/** Packs every non-workspace dependency, and theirs, with `npm pack` into `dest`. */
export async function packThirdParty(
  packages: readonly PublishedPackage[],
  dest: string,
): Promise<Map<string, string>> {
  const workspace = new Set(packages.map((p) => p.manifest.name));
  const tarballs = new Map<string, string>();
  const pending: [string, string][] = packages.flatMap(({ dir, manifest }) =>
    Object.keys((manifest.dependencies as Record<string, string> | undefined) ?? {})
      .filter((name) => !workspace.has(name))
      .map((name): [string, string] => [name, join(dir, "node_modules", name)]),
  );
  while (pending.length > 0) {
    const [name, link] = pending.pop()!;
    if (tarballs.has(name)) continue;
    const dir = await realpath(link);
    // The installed copy is already built: its `prepare` script (rrule-temporal, under pg-boss, runs
    // a build tool that is not installed) must not run again.
    const result = await runCommand(
      "npm",
      ["pack", dir, "--pack-destination", dest, "--ignore-scripts"],
      {
        cwd: dest,
      },
    );
    const file = result.stdout
      .split("\n")
      .filter((line) => line.trim().endsWith(".tgz"))
      .at(-1);
    if (result.code !== 0 || file === undefined) {
      throw new Error(`npm pack failed for ${name}:\n${result.output}`);
    }
    tarballs.set(name, join(dest, basename(file.trim())));
    // pnpm links a package's own dependencies next to it, in the same node_modules folder.
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    const nodeModules = nodeModulesOf(dir);
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      pending.push([dep, join(nodeModules, dep)]);
    }
  }
  return tarballs;
}

function nodeModulesOf(dir: string): string {
  const at = dir.lastIndexOf(`${sep}node_modules${sep}`);
  return at === -1 ? dirname(dir) : dir.slice(0, at + `${sep}node_modules`.length);
}
