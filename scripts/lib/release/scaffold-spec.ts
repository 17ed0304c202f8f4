/**
 * @module Copies one API version's spec folder to a new version, rewriting the fields that name
 * the version and leaving every other byte (comments, key order, formatting) as it was.
 */
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocument, visit } from "yaml";
import { locateSpec } from "../spec/locate-spec.js";
import { SpecError } from "../spec/spec-error.js";

/** What {@link scaffoldSpec} did that its caller should tell the user about. */
export interface ScaffoldReport {
  /** Example files whose `apiVersion` was rewritten. */
  rewrittenExamples: number;
  /** Files, relative to the new folder, that still mention the old version (for review). */
  mentionsOfPrevious: { file: string; count: number }[];
  /** Warnings about files a human should look at. */
  warnings: string[];
}

/**
 * `openapi.yaml` text where every scalar whose whole value is `from` (`info.version`, the
 * `Api-Version` header's `enum`) becomes `to`; descriptions that mention `from` are left for review.
 */
export function rewriteVersionScalars(
  text: string,
  from: string,
  to: string,
  file: string,
): string {
  const doc = parseDocument(text);
  const ranges: [number, number][] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.value === from && node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  if (doc.getIn(["info", "version"]) !== from) {
    throw new SpecError(file, "/info/version", `must be "${from}", the folder's name`);
  }
  let result = text;
  // From the end, so earlier offsets stay valid.
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    result = `${result.slice(0, start)}"${to}"${result.slice(end)}`;
  }
  return result;
}

/** JSON text with every `"apiVersion": "<from>"` member set to `to`, formatting kept. */
export function rewriteApiVersionFields(text: string, from: string, to: string): string {
  const pattern = new RegExp(`("apiVersion"\\s*:\\s*)"${from.replace(/[-]/g, "\\-")}"`, "g");
  return text.replace(pattern, `$1"${to}"`);
}

/**
 * Copies `spec/<from>/` to `spec/<to>/`: the spec's scalars equal to `from`, the README title and
 * the `apiVersion` of examples become `to`. An invalid example that expects `to` to be a *foreign* version would turn
 * valid, so it is pointed at `from` instead and reported.
 */
export async function scaffoldSpec(
  repoRoot: string,
  from: string,
  to: string,
): Promise<ScaffoldReport> {
  const source = join(repoRoot, "spec", from);
  const target = join(repoRoot, "spec", to);
  await cp(source, target, { recursive: true, errorOnExist: true, force: false });
  const report: ScaffoldReport = { rewrittenExamples: 0, mentionsOfPrevious: [], warnings: [] };

  // Whichever entry file the folder uses; YAML's parser reads the JSON one as well.
  const specFile = await locateSpec(repoRoot, to);
  const specPath = join(repoRoot, specFile);
  await writeFile(
    specPath,
    rewriteVersionScalars(await readFile(specPath, "utf8"), from, to, specFile),
  );

  const readme = join(target, "README.md");
  const readmeText = await readFile(readme, "utf8").catch(() => undefined);
  if (readmeText !== undefined) {
    await writeFile(readme, readmeText.replace(/^# Api-Version .*$/m, `# Api-Version ${to}`));
  }

  for (const file of await listFiles(target)) {
    if (!file.startsWith("examples/") || !file.endsWith(".json")) continue;
    const path = join(target, file);
    const text = await readFile(path, "utf8");
    let next = rewriteApiVersionFields(text, from, to);
    if (file.startsWith("examples/invalid/api_version_mismatch--")) {
      next = rewriteApiVersionFields(next, to, from);
      if (next !== text) {
        report.warnings.push(`${file} named ${to} as a foreign version; it now uses ${from}`);
      }
    }
    if (next !== text) {
      await writeFile(path, next);
      report.rewrittenExamples += 1;
    }
  }

  for (const file of await listFiles(target)) {
    if (file.startsWith("examples/")) continue;
    const count = (await readFile(join(target, file), "utf8")).split(from).length - 1;
    if (count > 0) report.mentionsOfPrevious.push({ file, count });
  }
  return report;
}

/** Files under `root`, relative to it, sorted. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}
