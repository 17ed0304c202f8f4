import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const execFileAsync = promisify(execFile);
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const DATE = "2099-12-31";
const FOLDER = `packages/api-${DATE}`;

// The child vitest must not think it is a worker of this one; plain output keeps matching simple.
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith("VITEST") && !["NODE_OPTIONS", "FORCE_COLOR"].includes(key),
    ),
  ),
  NO_COLOR: "1",
  // The scratch install resolves from the lockfile and the local store, and asks the registry
  // only for what the store lacks: a machine installed from a frozen lockfile keeps no package
  // metadata, which the new importer's ranges need. Should the registry's answer change a
  // resolution (a new patch), the lockfile check below says so.
  npm_config_prefer_offline: "true",
};

/** Runs a command in `cwd`; resolves with its exit code and output instead of throwing. */
async function run(cwd: string, command: string, args: string[]) {
  return execFileAsync(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/**
 * Runs this repository's command on the scratch copy, from this repository: the copy has no
 * node_modules until the command's own `pnpm install`, and emit-validators' esbuild comments are
 * relative to the working directory.
 */
const newApiVersion = (root: string, ...args: string[]) =>
  run(repoRoot, join(repoRoot, "node_modules/.bin/tsx"), [
    ...[join(repoRoot, "scripts/new-api-version.ts"), "--root", root, ...args],
  ]);

/** Paths that differ from the scratch repository's single commit, untracked ones included. */
async function changedPaths(root: string): Promise<string[]> {
  const { stdout } = await run(root, "git", ["status", "--porcelain", "--untracked-files=all"]);
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.slice(3))
    .sort();
}

let scratch: string;

beforeAll(async () => {
  // A copy of the working tree (tracked and new files, not ignored ones) as its own repository.
  scratch = await mkdtemp(join(tmpdir(), "lucca-new-api-version-"));
  const { stdout } = await run(repoRoot, "git", ["ls-files", "-co", "--exclude-standard", "-z"]);
  for (const path of stdout.split("\0").filter((p) => p !== "")) {
    await cp(join(repoRoot, path), join(scratch, path)).catch((error: { code?: string }) => {
      if (error.code !== "ENOENT") throw error; // deleted in the working tree but not staged
    });
  }
  const git = (...args: string[]) => run(scratch, "git", args);
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", "--all");
  await git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", "base");
}, 60_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("pnpm new-api-version", () => {
  it.each([
    ["not a date", ["2025-02-30"], '"2025-02-30" is not an Api-Version date'],
    ["an existing version", ["2024-11-01"], "spec/2024-11-01/ already exists"],
    ["an unknown --from", [DATE, "--from", "2020-01-01"], "no spec/2020-01-01/ to copy"],
  ])("refuses %s and changes nothing", async (_name, args, message) => {
    const result = await newApiVersion(scratch, ...args);
    expect(result.stderr).toContain(`error: ${message}`);
    expect(result.code).toBe(2);
    expect(await changedPaths(scratch)).toEqual([]);
  });

  it("adds only spec/<date>/, packages/api-<date>/, one changeset and the lockfile importer; the package passes its tests", async () => {
    const result = await newApiVersion(scratch, DATE);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Next steps:");

    const changed = await changedPaths(scratch);
    const outside = changed.filter(
      (path) => !path.startsWith(`spec/${DATE}/`) && !path.startsWith(`${FOLDER}/`),
    );
    expect(outside).toEqual([`.changeset/${DATE}-new-api-version-package.md`, "pnpm-lock.yaml"]);
    const note = await readFile(join(scratch, outside[0]!), "utf8");
    expect(note).toMatch(new RegExp(`^---\\n"@lucca-events/${DATE}": minor\\n---\\n`));

    // The lockfile gains the new importer and nothing else.
    const { stdout: before } = await run(scratch, "git", ["show", "HEAD:pnpm-lock.yaml"]);
    const lockBefore = parse(before) as { importers: Record<string, unknown> };
    const lockAfter = parse(await readFile(join(scratch, "pnpm-lock.yaml"), "utf8")) as {
      importers: Record<string, { dependencies?: Record<string, { version: string }> }>;
    };
    const { [FOLDER]: added, ...kept } = lockAfter.importers;
    expect({ ...lockAfter, importers: kept }).toEqual(lockBefore);
    expect(added?.dependencies?.["@lucca-events/core"]?.version).toBe("link:../core");

    // Same spec files as the source version, renamed where they name the version.
    const specFiles = (dir: string) => readdir(join(scratch, "spec", dir), { recursive: true });
    expect((await specFiles(DATE)).sort()).toEqual((await specFiles("2024-11-01")).sort());
    const spec = parse(await readFile(join(scratch, `spec/${DATE}/openapi.yaml`), "utf8"));
    expect(spec.info.version).toBe(DATE);
    expect(
      await readFile(join(scratch, `spec/${DATE}/examples/employee.created/basic.json`), "utf8"),
    ).toContain(`"apiVersion": "${DATE}"`);

    const build = await run(scratch, "pnpm", [
      ...["--filter", "@lucca-events/core", "--filter", `@lucca-events/${DATE}`, "build"],
    ]);
    expect(build.stderr + build.stdout).not.toMatch(/error TS/);
    expect(build.code).toBe(0);
    // The package's own tsconfig covers src and test, so its `*.test-d.ts` type tests run too.
    const tsc = await run(scratch, join(scratch, "node_modules/.bin/tsc"), [
      ...["-p", `${FOLDER}/tsconfig.json`],
    ]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    const vitest = await run(scratch, join(scratch, "node_modules/.bin/vitest"), [
      ...["run", FOLDER, "--reporter=dot"],
    ]);
    expect(vitest.stdout + vitest.stderr).toMatch(/Tests\s+\d+ passed/);
    expect(vitest.code).toBe(0);
    // `generate:check` agrees the committed-to-be package is exactly what the spec generates.
    const check = await run(scratch, join(scratch, "node_modules/.bin/tsx"), [
      ...["scripts/generate.ts", "--check", "--api-version", DATE],
    ]);
    expect(check.stdout + check.stderr).toContain(`${DATE}: up to date`);
    expect(check.code).toBe(0);
  }, 240_000);
});
