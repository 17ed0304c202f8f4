/**
 * @module The example events of a version folder: `examples/<topic>/*.json` (valid events, by
 * file name) and `examples/invalid/*.json` (events the validators must reject). Either may be
 * absent: the generator synthesizes what it needs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { SpecError } from "./spec-error.js";

/** One example file. */
export interface ExampleFile {
  /** The path used in error messages (`spec/<v>/examples/<topic>/<file>.json`). */
  readonly file: string;
  readonly event: unknown;
}

/** What a version folder's `examples/` holds. */
export interface SpecExamples {
  /** Valid examples by topic, sorted by file name; topics without a folder are absent. */
  readonly byTopic: ReadonlyMap<string, readonly ExampleFile[]>;
  /** Whether `examples/invalid/` holds at least one file. */
  readonly hasInvalid: boolean;
}

/** Reads every example of `topics` under `examplesDir` (`displayDir` names it in errors). */
export async function loadExamples(
  examplesDir: string,
  displayDir: string,
  topics: readonly string[],
): Promise<SpecExamples> {
  const byTopic = new Map<string, ExampleFile[]>();
  for (const topic of topics) {
    const files = await jsonFiles(join(examplesDir, topic));
    if (files.length === 0) continue;
    const examples: ExampleFile[] = [];
    for (const name of files) {
      const file = `${displayDir}/${topic}/${name}`;
      const text = await readFile(join(examplesDir, topic, name), "utf8");
      try {
        examples.push({ file, event: JSON.parse(text) });
      } catch (error) {
        throw new SpecError(file, "", `not JSON: ${String(error)}`);
      }
    }
    byTopic.set(topic, examples);
  }
  const hasInvalid = (await jsonFiles(join(examplesDir, "invalid"))).length > 0;
  return { byTopic, hasInvalid };
}

async function jsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith(".json")).sort();
}
