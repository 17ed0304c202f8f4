import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { specChangesSinceHead, writeSpecChangesets } from "./spec-changes.js";

const V = "2024-11-01";
const PKG = `"@lucca-events/${V}"`;

/** A minimal spec: one topic, one resource; `extra` is spliced into the employee's properties. */
function spec(extra = "", topics = "[employee.created]"): string {
  return `openapi: 3.1.0
info: { title: t, version: "${V}" }
paths: {}
components:
  schemas:
    Event:
      type: object
      required: [id, type, topic, data]
      properties:
        id: { type: string }
        type: { const: event }
        topic: { type: string, enum: ${topics} }
        data: { type: object }
    Employee:
      type: object
      required: [id, type]
      properties:
        id: { type: string }
        type: { const: employee }
${extra}`;
}

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** A scratch git repository whose HEAD holds `files`. */
async function repoWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "lucca-spec-changes-"));
  roots.push(root);
  await put(root, files);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "--quiet", "-m", "base");
  return root;
}

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

const notes = async (root: string) =>
  (await readdir(join(root, ".changeset"))).filter((name) => name.endsWith(".md")).sort();

const base = {
  [`spec/${V}/openapi.yaml`]: spec(),
  [`spec/${V}/examples/employee.created/basic.json`]: "{}\n",
  ".changeset/config.json": "{}\n",
};

type Case = [name: string, { given: Record<string, string>; want: string[] }];
const cases: Case[] = [
  ["nothing changed", { given: {}, want: [] }],
  [
    "optional property added → minor",
    {
      given: { [`spec/${V}/openapi.yaml`]: spec("        nickname: { type: string }\n") },
      want: ['minor: employee: property "nickname" added (optional)'],
    },
  ],
  [
    "topic removed → major",
    {
      given: { [`spec/${V}/openapi.yaml`]: spec("", "[]") },
      want: ['major: topic "employee.created" removed'],
    },
  ],
  [
    "valid example edited or added → patch, one line each",
    {
      given: {
        [`spec/${V}/examples/employee.created/basic.json`]: '{ "id": "1" }\n',
        [`spec/${V}/examples/employee.created/other.json`]: "{}\n",
      },
      want: [
        'patch: example "employee.created/basic.json" changed',
        'patch: example "employee.created/other.json" added',
      ],
    },
  ],
  [
    "invalid example added → nothing to release (tests are not published)",
    { given: { [`spec/${V}/examples/invalid/schema_mismatch--x.json`]: "{}\n" }, want: [] },
  ],
  [
    "version absent from HEAD → new package, minor",
    { given: { "spec/2025-06-01/openapi.yaml": spec() }, want: ["minor: new API version package"] },
  ],
];

describe("specChangesSinceHead", () => {
  it.each(cases)("%s", async (_name, { given, want }) => {
    const root = await repoWith(base);
    await put(root, given);
    const version = Object.keys(given).some((p) => p.startsWith("spec/2025")) ? "2025-06-01" : V;
    const changes = await specChangesSinceHead(root, version);
    expect(changes.map((c) => `${c.level}: ${c.text}`)).toEqual(want);
  });

  it("refuses to run outside a git repository instead of calling everything new", async () => {
    const root = await mkdtemp(join(tmpdir(), "lucca-spec-changes-"));
    roots.push(root);
    await put(root, base);
    await expect(specChangesSinceHead(root, V)).rejects.toThrow(/not a git repository/);
  });
});

describe("writeSpecChangesets", () => {
  it("writes one note per changed version, replaces its own stale note, keeps the others", async () => {
    const root = await repoWith({ ...base, ".changeset/committed-note.md": "---\n---\n" });
    await put(root, { ".changeset/hand-written.md": `---\n${PKG}: patch\n---\n\nFix.\n` });
    expect(await writeSpecChangesets(root, [V])).toEqual([]);

    await put(root, { [`spec/${V}/openapi.yaml`]: spec("        nickname: { type: string }\n") });
    const first = await writeSpecChangesets(root, [V]);
    expect(first).toEqual([
      {
        apiVersion: V,
        path: ".changeset/2024-11-01-employee-nickname-added.md",
        action: "written",
      },
    ]);
    expect(await readFile(join(root, first[0]!.path), "utf8")).toBe(
      `---\n${PKG}: minor\n---\n\nSpec changes in ${V}:\n\n` +
        '- employee: property "nickname" added (optional)\n',
    );

    // Edited again before committing: the earlier note must not survive next to the new one.
    await put(root, { [`spec/${V}/openapi.yaml`]: spec("        nickname: { type: integer }\n") });
    await writeSpecChangesets(root, [V]);
    await put(root, { [`spec/${V}/openapi.yaml`]: spec() });
    const reverted = await writeSpecChangesets(root, [V]);
    expect(reverted.map((u) => u.action)).toEqual(["removed"]);
    expect(await notes(root)).toEqual(["committed-note.md", "hand-written.md"]);
  });
});
