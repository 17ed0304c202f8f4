/**
 * Checks every published package (non-private, under `packages/`) the way npm and users see it.
 *
 *   pnpm check:packages               build, then run every check below
 *   --skip-build                      use the `dist/` already built
 *   --keep                            keep the scratch project and print where it is
 *
 * 1. package.json rules (ESM-only, `exports` with types, `sideEffects`, engines, no third-party
 *    dependency), `publint --strict`, `attw --pack . --profile esm-only`;
 * 2. `pnpm -r publish --dry-run --no-git-checks` lists no tests, fixtures or sources;
 * 3. the `pnpm pack` tarballs, installed with `npm install --offline` in a project under the OS temp
 *    folder: no ajv in the tree, and per version package a consumer that type-checks (node16,
 *    bundler) and runs on Node (ESM, CommonJS), in Chromium and in workerd.
 *
 * Exits 1 when any check fails; every failure is printed with the tool's own output.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { listApiVersions } from "./lib/api-versions.js";
import { checkManifest, checkPackedFiles, needsRegistry } from "./lib/check-manifest.js";
import { consumerChecks, type Check } from "./lib/consumer-checks.js";
import {
  findInstalled,
  installTarballs,
  packTarballs,
  writeConsumer,
} from "./lib/consumer-project.js";
import { packageName } from "./lib/naming.js";
import { parsePublishListing } from "./lib/publish-listing.js";
import { listPublishedPackages } from "./lib/published-packages.js";
import { runCommand } from "./lib/run-command.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const fixtures = join(repoRoot, "scripts/check-packages/consumer");
const bin = (name: string) => join(repoRoot, "node_modules/.bin", name);
const failures: string[] = [];
let passed = 0;

/** Runs one check and prints `ok` or `FAIL` with the reason, indented. */
async function check([name, run]: Check): Promise<boolean> {
  try {
    const detail = await run();
    console.log(`ok    ${name}${detail ? ` — ${detail}` : ""}`);
    passed += 1;
    return true;
  } catch (error) {
    failures.push(name);
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`FAIL  ${name}\n${reason.replace(/^/gm, "      ")}`);
    return false;
  }
}

/** A check that runs a tool and fails with its output on a non-zero exit. */
function toolCheck(name: string, cwd: string, command: string, args: string[]): Check {
  return [
    name,
    async () => {
      const result = await runCommand(command, args, { cwd });
      if (result.code !== 0) throw new Error(result.output.trim());
      return "";
    },
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "skip-build": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
    },
  });
  const packages = await listPublishedPackages(repoRoot);
  const names = packages.map((p) => p.manifest.name);
  console.log(`published packages: ${names.join(", ")}`);
  if (!values["skip-build"]) {
    const filters = names.flatMap((name) => ["--filter", name]);
    const ok = await check(toolCheck("build", repoRoot, "pnpm", [...filters, "run", "build"]));
    if (!ok) return 1;
  }

  for (const { dir, manifest } of packages) {
    await check([
      `${manifest.name}: package.json rules`,
      async () => {
        const problems = checkManifest(manifest, names);
        if (problems.length > 0) throw new Error(problems.join("\n"));
        return "";
      },
    ]);
    await check(toolCheck(`${manifest.name}: publint --strict`, dir, bin("publint"), ["--strict"]));
    const attw = ["--pack", ".", "--profile", "esm-only", "--format", "table-flipped"];
    await check(toolCheck(`${manifest.name}: attw --profile esm-only`, dir, bin("attw"), attw));
  }

  await check([
    "pnpm -r publish --dry-run --no-git-checks: only what users need",
    async () => {
      const args = ["-r", "publish", "--dry-run", "--no-git-checks"];
      const result = await runCommand("pnpm", args, { cwd: repoRoot });
      if (result.code !== 0) throw new Error(result.output.trim());
      const listing = parsePublishListing(result.output);
      const problems: string[] = [];
      for (const { manifest } of packages) {
        const files = listing.get(`${manifest.name}@${manifest.version}`);
        if (files === undefined) problems.push(`${manifest.name}@${manifest.version}: not listed`);
        else problems.push(...checkPackedFiles(files).map((p) => `${manifest.name}: ${p}`));
      }
      if (problems.length > 0) throw new Error(problems.join("\n"));
      return [...listing].map(([id, files]) => `${id}: ${files.length} files`).join(", ");
    },
  ]);

  const scratch = await mkdtemp(join(tmpdir(), "lucca-check-packages-"));
  try {
    let tarballs = new Map<string, string>();
    const installed = await check([
      "pnpm pack + npm install --offline in a project outside the workspace",
      async () => {
        const offline = packages.filter(({ manifest }) => !needsRegistry(manifest));
        tarballs = await packTarballs(offline, join(scratch, "tarballs"));
        await installTarballs(scratch, tarballs);
        return `${scratch}: ${tarballs.size} tarballs`;
      },
    ]);
    if (!installed) return 1;
    await check([
      "the installed tree contains no ajv",
      async () => {
        const copies = await findInstalled(join(scratch, "node_modules"), "ajv");
        if (copies.length > 0) throw new Error(`ajv installed at ${copies.join(", ")}`);
        return "";
      },
    ]);
    for (const apiVersion of await listApiVersions(repoRoot)) {
      if (!tarballs.has(packageName(apiVersion))) continue;
      const dir = await writeConsumer(fixtures, scratch, apiVersion);
      for (const each of consumerChecks(repoRoot, dir, packageName(apiVersion))) await check(each);
    }
  } finally {
    if (values.keep) console.log(`scratch project kept at ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => {
    console.log(`${passed} passed, ${failures.length} failed`);
    if (failures.length > 0) {
      console.error(`\n${failures.length} packaging check(s) failed:\n- ${failures.join("\n- ")}`);
      process.exit(1);
    }
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
