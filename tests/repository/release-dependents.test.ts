import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./tracked-files.js";

// Version packages carry a build-time copy of core's format checks
// (scripts/lib/packaging/inline-formats.ts), so a core release must release them again, rebuilt,
// even when core's new version still lies in their `^` range (which changesets leaves alone by
// default: updateInternalDependents "out-of-range").
const work = mkdtempSync(join(tmpdir(), "lucca-release-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifests = ["packages/core", "packages/api-2024-11-01"];
const changesetBin = join(
  createRequire(join(ROOT, "package.json")).resolve("@changesets/cli/package.json"),
  "../bin.js",
);
const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(join(work, dir, "package.json"), "utf8")) as { version: string })
    .version;

describe("releasing core", () => {
  it("releases the version packages again, even within their core range", () => {
    for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json"]) {
      cpSync(join(ROOT, file), join(work, file));
    }
    for (const dir of manifests) {
      cpSync(join(ROOT, dir, "package.json"), join(work, dir, "package.json"));
    }
    // Core at 1.0.0: a patch to 1.0.1 stays inside a dependent's `workspace:^` range.
    const core = JSON.parse(readFileSync(join(work, manifests[0]!, "package.json"), "utf8"));
    writeFileSync(
      join(work, manifests[0]!, "package.json"),
      JSON.stringify({ ...core, version: "1.0.0" }),
    );
    writeFileSync(
      join(work, ".changeset/core-fix.md"),
      '---\n"@lucca-events/core": patch\n---\n\nA format fix.\n',
    );
    const before = versionOf(manifests[1]!);
    execFileSync(process.execPath, [changesetBin, "version"], { cwd: work, stdio: "pipe" });
    expect(versionOf(manifests[0]!)).toBe("1.0.1");
    expect(versionOf(manifests[1]!)).not.toBe(before);
  });
});
