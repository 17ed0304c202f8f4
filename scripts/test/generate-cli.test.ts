import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const VERSION = "2099-01-01";

/** Runs the real `generate` command on a scratch repository; never throws. */
async function generate(root: string, ...args: string[]) {
  const tsx = join(repoRoot, "node_modules/.bin/tsx");
  return run(tsx, [join(repoRoot, "scripts/generate.ts"), "--root", root, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function scratchRepo(specFile: string, examples?: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "lucca-generate-"));
  roots.push(root);
  await mkdir(join(root, "spec", VERSION), { recursive: true });
  await cp(specFile, join(root, "spec", VERSION, "openapi.yaml"));
  await cp(join(repoRoot, "LICENSE"), join(root, "LICENSE"));
  if (examples) await cp(examples, join(root, "spec", VERSION, "examples"), { recursive: true });
  return root;
}

describe("pnpm generate on a malformed spec", () => {
  it.each([
    ["yaml-syntax-error", "#: not valid YAML (line 12, column"],
    ["dangling-ref", "#/components/schemas/Widget/properties/owner/$ref: dangling $ref"],
    [
      "topic-without-resource",
      '#/components/schemas/Event/properties/topic/enum/1: topic "gizmo.created" has no resource',
    ],
    [
      "identifier-clash",
      '#/components/schemas/Event/properties/topic/enum/1: topics "widget.created" and "Widget.created" both map to the identifier WidgetCreatedEvent',
    ],
    ["unsupported-version", '#/openapi: unsupported OpenAPI version "2.0.0"'],
    ["unknown-format", '#/components/schemas/Widget/properties/code/format: unknown format "iban"'],
  ])("%s: names file, pointer and reason, and writes nothing", async (name, message) => {
    const root = await scratchRepo(join(fixtures, "malformed", `${name}.yaml`));
    const result = await generate(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: spec/${VERSION}/openapi.yaml${message}`);
    expect((await readdir(root)).sort()).toEqual(["LICENSE", "spec"]);
  });
});

describe("pnpm generate:check", () => {
  it("passes right after generate, then names a hand-edited file and exits 1", async () => {
    const fixture = join(fixtures, "openapi-3.1");
    const root = await scratchRepo(join(fixture, "openapi.yaml"), join(fixture, "examples"));
    expect((await generate(root)).code).toBe(0);
    const again = await generate(root);
    expect(again.stdout).toContain(`${VERSION}: 0 file(s) written`);
    expect((await generate(root, "--check")).code).toBe(0);

    const edited = join(root, "packages", `api-${VERSION}`, "src", "events.ts");
    await writeFile(edited, `${await readFile(edited, "utf8")}// hand edit\n`);
    const check = await generate(root, "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`changed       packages/api-${VERSION}/src/events.ts`);
    expect(check.stderr).toContain("run `pnpm generate`");
    expect(await readFile(edited, "utf8")).toContain("// hand edit");
    // Four generator runs: on a loaded 2-core machine that takes longer than the default 30 s.
  }, 120_000);
});
