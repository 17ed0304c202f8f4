import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  childFolders,
  expandVersions,
  isPattern,
  matches,
  readTree,
  ROOT,
} from "./tracked-files.js";

// The contributor docs name paths; a move or a new folder must show up in them, or this fails
// naming the path. Paths are compared with what git tracks, never with untracked scratch files.
const tree = readTree();
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** The first word of each unindented line of the README's "### Layout" code block. */
function layoutPaths(readme: string): string[] {
  const section = /^### Layout\n([\s\S]*?)(?=^#{1,3} )/m.exec(readme)?.[1] ?? "";
  const block = /^```\n([\s\S]*?)^```$/m.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => /^\S/.test(line))
    .map((line) => line.split(/\s/)[0]!);
}

/** The folders the layout must name: top level, versions, scripts, packages, core/src, tests. */
function documentedFolders(): string[] {
  const parents = ["", "spec/", "scripts/", "scripts/lib/", "packages/", "packages/core/src/"];
  return [...parents, "tests/"].flatMap((parent) => childFolders(tree.folders, parent));
}

/** Inline code spans of a Markdown text that read as repository paths (not commands or URLs). */
function backtickedPaths(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, "");
  return [...prose.matchAll(/`([^`\n]+)`/g)]
    .map((match) => match[1]!)
    .filter((span) => span.includes("/") && !/\s/.test(span) && !span.includes("://"))
    .filter((span) => !/^(@|\.{0,2}\/|(application|text|multipart)\/)/.test(span));
}

/**
 * The paths of `written` that name nothing git tracks (each `<version>` tried for every one). A
 * lone folder name (`expected/`) names a folder of that name anywhere in the tree.
 */
function missingPaths(written: readonly string[]): string[] {
  const exists = (path: string) =>
    /^[^/]+\/$/.test(path)
      ? [...tree.folders].some((folder) => folder === path || folder.endsWith(`/${path}`))
      : matches(tree, path).length > 0;
  return written.filter((path) => !expandVersions(path, tree.versions).every(exists));
}

describe("README.md, ### Layout", () => {
  const paths = layoutPaths(read("README.md"));

  it("lists the folders of the tree", () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it("names only paths that exist", () => {
    const missing = missingPaths(paths);
    expect(missing, `Layout paths git does not track: ${missing.join(", ")}`).toEqual([]);
  });

  it("names every top-level, spec, scripts, scripts/lib, packages, core/src and tests folder", () => {
    const named = new Set(
      paths.flatMap((path) => expandVersions(path, tree.versions)).filter((p) => !isPattern(p)),
    );
    const unlisted = documentedFolders().filter((folder) => !named.has(folder));
    expect(unlisted, `folders missing from the Layout block: ${unlisted.join(", ")}`).toEqual([]);
  });
});

describe("CONTRIBUTING.md", () => {
  const paths = backtickedPaths(read("CONTRIBUTING.md"));

  it("names files to change", () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it("names only paths that exist", () => {
    const missing = missingPaths(paths);
    expect(missing, `CONTRIBUTING.md paths git does not track: ${missing.join(", ")}`).toEqual([]);
  });
});

describe.runIf(existsSync(join(ROOT, ".gitattributes")))(".gitattributes", () => {
  // The banner every generated file opens with (scripts/lib/emit/banner.ts, and the README's).
  const BANNER = /^(\/\/|<!--) Generated from \S+ by `pnpm generate`\. Do not edit\./;
  const files = [...tree.files].sort();
  const attributes = execFileSync("git", ["check-attr", "-z", "--stdin", "linguist-generated"], {
    cwd: ROOT,
    input: files.join("\0"),
    encoding: "utf8",
  }).split("\0");
  const marked = new Set<string>();
  for (let i = 0; i + 2 < attributes.length; i += 3) {
    if (attributes[i + 2] === "set") marked.add(attributes[i]!);
  }
  const generated = files.filter((file) => BANNER.test(read(file).slice(0, 200)));

  it("marks every generated file linguist-generated", () => {
    expect(generated.length).toBeGreaterThan(10);
    const unmarked = generated.filter((file) => !marked.has(file));
    expect(unmarked, `generated, not linguist-generated: ${unmarked.join(", ")}`).toEqual([]);
  });

  it("marks nothing hand-written", () => {
    const handWritten = [...marked].filter((file) => !generated.includes(file));
    expect(handWritten, `linguist-generated, no banner: ${handWritten.join(", ")}`).toEqual([]);
  });
});

it("no tracked file cites the facts sheet, a document outside the repository", () => {
  const citing = [...tree.files].filter((file) => /\bFACTS\b/.test(read(file)));
  expect(
    citing,
    `cite the Lucca page, RFC or spec section instead in: ${citing.join(", ")}`,
  ).toEqual([]);
});
