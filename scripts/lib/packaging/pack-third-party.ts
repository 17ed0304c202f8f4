/**
 * @module The third-party runtime dependencies of the published packages (openapi-fetch for the
 * version packages' `client` entry; pg-boss and PGlite for the inbox), packed from the
 * workspace's installed copies so that the consumer project still installs with
 * `npm install --offline`, from tarballs only.
 */
import { readFile, realpath } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import type { PublishedPackage } from "./published-packages.js";
import { runCommand } from "../runners/run-command.js";

/** Packs every non-workspace dependency, and theirs, as registry-style tarballs into `dest`. */
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
    // The installed copy holds exactly the published files, already built: archive it as the
    // registry tarball would (one `package/` folder). `npm pack` would run its `prepare` script
    // (rrule-temporal's, under pg-boss, needs a build tool that is not installed) and crashed on
    // PGlite's 26 MB of WebAssembly ("Exit handler never called").
    const file = join(dest, `${name.replace("@", "").replace("/", "-")}.tgz`);
    const result = await runCommand(
      "tar",
      ["-czf", file, "-C", dir, "--exclude=./node_modules", "--transform=s,^\\.,package,", "."],
      { cwd: dest },
    );
    if (result.code !== 0) throw new Error(`packing ${name} failed:\n${result.output}`);
    tarballs.set(name, file);
    // pnpm links a package's own dependencies, and the peers it was resolved with, next to it in
    // the same node_modules folder; npm installs required peers too (pg-boss needs
    // @opentelemetry/api), so they are packed as well.
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
      (peer) => manifest.peerDependenciesMeta?.[peer]?.optional !== true,
    );
    const nodeModules = nodeModulesOf(dir);
    for (const dep of [...Object.keys(manifest.dependencies ?? {}), ...peers]) {
      pending.push([dep, join(nodeModules, dep)]);
    }
  }
  return tarballs;
}

function nodeModulesOf(dir: string): string {
  const at = dir.lastIndexOf(`${sep}node_modules${sep}`);
  return at === -1 ? dirname(dir) : dir.slice(0, at + `${sep}node_modules`.length);
}
