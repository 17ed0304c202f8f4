/**
 * @module Turns the spec changes of one API version into a changesets note for its package.
 */
import { LEVEL_RANK, type ChangeLevel, type SpecChange } from "../spec-diff/types.js";

/** A changeset file to write under `.changeset/`. */
export interface ChangesetNote {
  readonly fileName: string;
  readonly content: string;
}

const MAX_FILE_NAME = 60;
// Words that carry no meaning in a file name (`employee: property "nickname" added (optional)`).
const FILLER = new Set(["property", "optional", "is", "now", "the", "a", "an", "or", "to", "from"]);

/**
 * The changeset bumping `packageName` by the highest level in `changes`, listing every change
 * once, sorted; `null` when there is nothing to release.
 *
 * @example
 * changesetFor("@lucca-events/2024-11-01", diffSpecs(previous, current));
 * // { fileName: "2024-11-01-employee-nickname-added.md", content: '---\n"@lucca-events/2024-11-01": minor\n---\n…' }
 */
export function changesetFor(
  packageName: string,
  changes: readonly SpecChange[],
): ChangesetNote | null {
  const [headline] = [...changes].sort(
    (x, y) => LEVEL_RANK[y.level] - LEVEL_RANK[x.level] || compare(x.text, y.text),
  );
  if (headline === undefined) return null;
  const level = headline.level;
  const version = packageName.slice(packageName.lastIndexOf("/") + 1);
  const lines = [...new Set(changes.map((change) => change.text))].sort(compare);
  const content = [
    "---",
    `${JSON.stringify(packageName)}: ${level satisfies ChangeLevel}`,
    "---",
    "",
    `Spec changes in ${version}:`,
    "",
    ...lines.map((line) => `- ${line.replace(/\s+/g, " ")}`),
    "",
  ].join("\n");
  return { fileName: fileNameFor(version, headline.text, lines.length - 1), content };
}

/**
 * `<version>-<words of the most severe change>[-and-<n>-more].md`, at most 60 characters of
 * `[a-z0-9-]`, so notes of different versions and changes do not collide and sort by version.
 */
function fileNameFor(version: string, headline: string, others: number): string {
  const prefix = words(version).join("-") || "spec";
  const suffix = others > 0 ? `-and-${others}-more.md` : ".md";
  const budget = MAX_FILE_NAME - prefix.length - suffix.length;
  let slug = "";
  for (const word of words(headline).filter((w) => !FILLER.has(w))) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length + 1 > budget) break;
    slug = next;
  }
  return `${prefix}${slug === "" ? "" : `-${slug}`}${suffix}`;
}

/** Lower-case ASCII words; camelCase is split so `postalCode` reads `postal-code`. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
