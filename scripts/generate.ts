/**
 * Generates `packages/api-<version>/` for every API version found in `spec/`.
 *
 *   pnpm generate                          write every version package
 *   pnpm generate --api-version 2024-11-01 only that version
 *   pnpm generate:check                    write nothing; list stale files; exit 1 if any
 *   pnpm generate --changeset              also write a `.changeset/` note per version whose spec
 *                                          differs from git HEAD (bump level from the spec diff)
 *   --strict                               unknown formats and keywords, and topics without an
 *                                          example, are errors (this repository's CI uses it)
 *   --root <dir>                           the repository to work in (default: this one)
 *
 * A version whose spec fails is reported and skipped; the others are still generated.
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generatePackage, type GeneratedPackage } from "./lib/generate-package.js";
import { listApiVersions } from "./lib/spec/api-versions.js";
import { writeSpecChangesets } from "./lib/release/spec-changes.js";
import { SpecError } from "./lib/spec/spec-error.js";
import { findStaleFiles, writeTree, type GeneratedTree } from "./lib/write-files.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      changeset: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      "api-version": { type: "string" },
      // Lets tests run the real command on a scratch copy of the repository.
      root: { type: "string", default: fileURLToPath(new URL("..", import.meta.url)) },
    },
  });
  const repoRoot = values.root;
  if (values.check && values.changeset) {
    console.error("error: --changeset writes files; it cannot be combined with --check.");
    return 2;
  }
  const versions = values["api-version"]
    ? [values["api-version"]]
    : await listApiVersions(repoRoot);
  // Generate everything before writing anything: a bad spec leaves its package untouched, and
  // never stops the other versions.
  const trees: GeneratedTree[] = [];
  const failed: string[] = [];
  for (const apiVersion of versions) {
    const generated = await generatePackage({ repoRoot, apiVersion, strict: values.strict }).catch(
      (error: unknown) => {
        if (!(error instanceof SpecError)) throw error;
        console.error(`error: ${error.message}`);
        failed.push(apiVersion);
        return undefined;
      },
    );
    if (generated === undefined) continue;
    for (const warning of (generated as GeneratedPackage).warnings) {
      console.error(`warning: ${warning.message}`);
    }
    trees.push(generated);
  }
  let staleCount = 0;
  for (const tree of trees) {
    const stale = values.check ? await findStaleFiles(tree) : await writeTree(tree);
    staleCount += stale.length;
    for (const file of stale)
      console.log(`${file.problem.padEnd(13)} ${relative(repoRoot, file.path)}`);
  }
  if (values.check && staleCount > 0) {
    console.error(`${staleCount} generated file(s) are stale: run \`pnpm generate\` and commit.`);
    return 1;
  }
  const summary = values.check ? "up to date" : `${staleCount} file(s) written`;
  const done = versions.filter((version) => !failed.includes(version));
  if (done.length > 0) console.log(`${done.join(", ")}: ${summary}`);
  if (failed.length > 0) {
    console.error(`${failed.length} version(s) failed to generate: ${failed.join(", ")}`);
    return 2;
  }
  if (values.changeset) {
    const updates = await writeSpecChangesets(repoRoot, versions);
    for (const update of updates)
      console.log(`changeset ${update.action.padEnd(7)} ${update.path}`);
    if (updates.length === 0) console.log("changeset: no spec change since HEAD");
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  },
);
