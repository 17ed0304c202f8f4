/**
 * @module Compares each API version's spec with git `HEAD` and turns the differences into the
 * changesets that `pnpm generate --changeset` and `pnpm new-api-version` write.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { changesetFor, type ChangesetNote } from "./changeset-note.js";
import { changedSinceHead, git, hasHead, showAtHead } from "./git.js";
import type { OpenApiDocument } from "../model/document.js";
import { hasExternalRefs } from "../spec/external-refs.js";
import { loadSpec, parseSpec } from "../spec/load-spec.js";
import { locateSpec, SPEC_FILE_NAMES } from "../spec/locate-spec.js";
import { packageName } from "../model/naming.js";
import { diffSpecs, type SpecChange } from "../spec-diff/diff-specs.js";

/** The one change of a version that HEAD does not know: its whole package is new. */
export function newVersionChange(apiVersion: string): SpecChange {
  return { level: "minor", subject: apiVersion, text: "new API version package" };
}

/**
 * What changed in `spec/<apiVersion>/` since `HEAD`: the classified `openapi.yaml` diff, plus one
 * patch line per valid example added, changed or removed (they become `createTestEvent`'s data).
 * A version absent from HEAD yields {@link newVersionChange} alone.
 */
export async function specChangesSinceHead(
  repoRoot: string,
  apiVersion: string,
): Promise<SpecChange[]> {
  const before = await documentAtHead(repoRoot, apiVersion);
  if (before === undefined) return [newVersionChange(apiVersion)];
  const specFile = await locateSpec(repoRoot, apiVersion);
  const after = (await loadSpec(join(repoRoot, specFile), specFile)).document;
  const changes = diffSpecs(before, after);
  const examplesDir = `spec/${apiVersion}/examples/`;
  for (const { path, status } of await changedSinceHead(repoRoot, examplesDir)) {
    const name = path.slice(examplesDir.length);
    // Invalid examples only feed the generated tests, which are not published.
    if (name.startsWith("invalid/") || !name.endsWith(".json")) continue;
    changes.push({ level: "patch", subject: "examples", text: `example "${name}" ${status}` });
  }
  return changes;
}

/**
 * The version's spec as HEAD holds it, read leniently (HEAD may hold a spec the generator would
 * now refuse); a multi-file spec is bundled from a copy of HEAD's folder.
 */
async function documentAtHead(
  repoRoot: string,
  apiVersion: string,
): Promise<OpenApiDocument | undefined> {
  for (const name of SPEC_FILE_NAMES) {
    const file = `spec/${apiVersion}/${name}`;
    const text = await showAtHead(repoRoot, file);
    if (text === undefined) continue;
    const document = parseSpec(text, `HEAD:${file}`, { lenient: true }).document;
    if (!hasExternalRefs(document)) return document;
    const scratch = await mkdtemp(join(tmpdir(), "lucca-spec-head-"));
    try {
      const archive = join(scratch, "head.tar");
      await git(repoRoot, ["archive", "--output", archive, "HEAD", `./spec/${apiVersion}`]);
      await promisify(execFile)("tar", ["-xf", archive, "-C", scratch]);
      return (await loadSpec(join(scratch, file), `HEAD:${file}`)).document;
    } catch {
      // A multi-file spec HEAD cannot bundle is compared as it stands.
      return document;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  return undefined;
}

/** A changeset written (or found stale and removed) under `.changeset/`. */
export interface ChangesetUpdate {
  apiVersion: string;
  /** Path relative to the repository root. */
  path: string;
  action: "written" | "removed";
}

/**
 * Brings `.changeset/` in line with the specs of `apiVersions`: drops the notes an earlier run left
 * uncommitted for those versions, then writes one note per version whose spec changed. Notes
 * already in HEAD are never touched: they describe changes committed before.
 */
export async function writeSpecChangesets(
  repoRoot: string,
  apiVersions: readonly string[],
): Promise<ChangesetUpdate[]> {
  const notes = new Map<string, ChangesetNote | null>();
  // Classify everything before touching `.changeset/`, so a broken spec leaves it as it was.
  for (const apiVersion of apiVersions) {
    const changes = await specChangesSinceHead(repoRoot, apiVersion);
    notes.set(apiVersion, changesetFor(packageName(apiVersion), changes));
  }
  const updates: ChangesetUpdate[] = [];
  for (const [apiVersion, note] of notes) {
    for (const path of await uncommittedNotesOf(repoRoot, apiVersion)) {
      if (note !== null && path === `.changeset/${note.fileName}`) continue;
      await rm(join(repoRoot, path));
      updates.push({ apiVersion, path, action: "removed" });
    }
    if (note !== null) updates.push({ apiVersion, ...(await writeNote(repoRoot, note)) });
  }
  return updates;
}

/** Writes one note under `.changeset/`. */
export async function writeNote(
  repoRoot: string,
  note: ChangesetNote,
): Promise<{ path: string; action: "written" }> {
  const path = `.changeset/${note.fileName}`;
  await mkdir(join(repoRoot, ".changeset"), { recursive: true });
  await writeFile(join(repoRoot, path), note.content);
  return { path, action: "written" };
}

/** Notes written for `apiVersion` by this module that HEAD does not hold yet. */
async function uncommittedNotesOf(repoRoot: string, apiVersion: string): Promise<string[]> {
  const committed = (await hasHead(repoRoot))
    ? new Set(
        (await git(repoRoot, ["ls-tree", "--name-only", "HEAD", "./.changeset/"]))
          .split("\n")
          .map((line) => line.slice(line.lastIndexOf("/") + 1)),
      )
    : new Set<string>();
  const marker = `---\n${JSON.stringify(packageName(apiVersion))}: `;
  const heading = `\n---\n\nSpec changes in ${apiVersion}:\n`;
  const paths: string[] = [];
  const names = await readdir(join(repoRoot, ".changeset")).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith(".md") && !committed.has(n)).sort()) {
    const text = await readFile(join(repoRoot, ".changeset", name), "utf8");
    if (text.startsWith(marker) && text.includes(heading)) paths.push(`.changeset/${name}`);
  }
  return paths;
}
