/**
 * Scaffolds a new Lucca `Api-Version` in one step.
 *
 *   pnpm new-api-version 2025-06-01                    copy the latest spec folder
 *   pnpm new-api-version 2025-06-01 --from 2024-11-01  copy that one
 *   --skip-install                                     do not run `pnpm install` (link later)
 *   --root <dir>                                       the repository to work in (default: this one)
 *
 * Touches only `spec/<date>/`, `packages/api-<date>/`, one `.changeset/*.md` and, through
 * `pnpm install`, the new package's importer entry in `pnpm-lock.yaml`.
 */
import { spawnSync } from "node:child_process";
import { access, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { listApiVersions } from "./lib/spec/api-versions.js";
import { changesetFor } from "./lib/release/changeset-note.js";
import { generatePackage } from "./lib/generate-package.js";
import { isApiVersion, packageFolder, packageName } from "./lib/model/naming.js";
import { scaffoldSpec } from "./lib/release/scaffold-spec.js";
import { newVersionChange, writeNote } from "./lib/release/spec-changes.js";
import { SpecError } from "./lib/spec/spec-error.js";
import { writeTree } from "./lib/write-files.js";

/** A problem with the command line: printed without a stack trace. */
class UsageError extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: "string" },
      "skip-install": { type: "boolean", default: false },
      root: { type: "string", default: fileURLToPath(new URL("..", import.meta.url)) },
    },
  });
  const repoRoot = values.root;
  const [date, ...extra] = positionals;
  if (date === undefined || extra.length > 0) {
    throw new UsageError("usage: pnpm new-api-version <YYYY-MM-DD> [--from <YYYY-MM-DD>]");
  }
  if (!isApiVersion(date))
    throw new UsageError(`"${date}" is not an Api-Version date (YYYY-MM-DD)`);
  const versions = await listApiVersions(repoRoot);
  const specDir = join(repoRoot, "spec", date);
  const packageDir = join(repoRoot, "packages", packageFolder(date));
  for (const dir of [specDir, packageDir]) {
    if (await exists(dir)) throw new UsageError(`${relative(repoRoot, dir)}/ already exists`);
  }
  const from = values.from ?? versions.at(-1);
  if (from === undefined || !versions.includes(from)) {
    throw new UsageError(
      `no spec/${from ?? "<version>"}/ to copy; existing: ${versions.join(", ")}`,
    );
  }

  let report;
  let written;
  try {
    report = await scaffoldSpec(repoRoot, from, date);
    written = await writeTree(await generatePackage({ repoRoot, apiVersion: date }));
  } catch (error) {
    // Leave the repository as it was: a half-made version would break `pnpm generate`.
    await rm(specDir, { recursive: true, force: true });
    await rm(packageDir, { recursive: true, force: true });
    throw error;
  }
  const note = changesetFor(packageName(date), [newVersionChange(date)])!;
  const { path: notePath } = await writeNote(repoRoot, note);

  console.log(`Created ${packageName(date)} from spec/${from}/:`);
  console.log(`  spec/${date}/  (apiVersion rewritten in ${report.rewrittenExamples} example(s))`);
  console.log(`  packages/${packageFolder(date)}/  (${written.length} generated file(s))`);
  console.log(`  ${notePath}`);
  for (const warning of report.warnings) console.log(`warning: ${warning}`);

  if (!values["skip-install"]) {
    // CI defaults to a frozen lockfile, but the new package must be added to it.
    const args = ["install", "--prefer-offline", "--no-frozen-lockfile"];
    const install = spawnSync("pnpm", args, { cwd: repoRoot, stdio: "inherit" });
    if (install.status !== 0) {
      console.error(`error: \`pnpm ${args.join(" ")}\` failed; run it again to link the package.`);
      return 1;
    }
  }

  const mentions = report.mentionsOfPrevious.map((m) => `${m.file} ×${m.count}`).join(", ");
  console.log(`
Next steps:
  1. Write what changed in ${date} into spec/${date}/openapi.yaml, its examples/ and README.md${
    mentions === "" ? "" : `\n     (${from} is still mentioned in: ${mentions})`
  }
  2. pnpm generate --api-version ${date}${values["skip-install"] ? "\n  3. pnpm install" : ""}
  ${values["skip-install"] ? 4 : 3}. pnpm build && pnpm test
  ${values["skip-install"] ? 5 : 4}. Commit spec/${date}/, packages/${packageFolder(date)}/, ${notePath} and pnpm-lock.yaml`);
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  },
);
