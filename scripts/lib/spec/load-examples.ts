import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { EventModel } from "../model/event-model.js";
import { SpecError } from "./spec-error.js";

/**
 * The first valid example (by file name) of every topic, from `examples/<topic>/*.json`. Every
 * topic needs one: `createTestEvent` is built from them.
 */
export async function loadFirstExamples(
  examplesDir: string,
  displayDir: string,
  model: EventModel,
): Promise<Record<string, unknown>> {
  const examples: Record<string, unknown> = {};
  for (const { topic } of model.topics) {
    const files = (await readdir(join(examplesDir, topic)).catch(() => []))
      .filter((file) => file.endsWith(".json"))
      .sort();
    const [first] = files;
    if (first === undefined) {
      throw new SpecError(`${displayDir}/${topic}/`, "", `topic "${topic}" has no example event`);
    }
    const text = await readFile(join(examplesDir, topic, first), "utf8");
    try {
      examples[topic] = JSON.parse(text);
    } catch (error) {
      throw new SpecError(`${displayDir}/${topic}/${first}`, "", `not JSON: ${String(error)}`);
    }
  }
  return examples;
}
