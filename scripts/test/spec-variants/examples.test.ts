/**
 * Examples: every one is checked against its topic's validator while generating; a version folder
 * with none still generates, from events synthesized out of the schema.
 */
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage } from "../../lib/generate-package.js";
import { writeTree, type GeneratedTree } from "../../lib/write-files.js";
import { SpecError } from "../../lib/spec/spec-error.js";
import {
  baseDocument,
  baseExample,
  readVariant,
  removeScratchRepos,
  scratchRepo,
  VERSION,
} from "./scratch.js";

afterAll(removeScratchRepos);

const TOPICS = ["decision.created", "widget.created", "widget.updated"];

/** The `EXAMPLES` a generated package holds, once written. */
async function examplesOf(tree: GeneratedTree): Promise<Record<string, unknown>> {
  await writeTree(tree);
  const module = (await import(join(tree.root, "src", "examples.ts"))) as {
    EXAMPLES: Record<string, unknown>;
  };
  return module.EXAMPLES;
}

describe("§4 examples", () => {
  it("synthesizes a valid event for every topic of a folder without examples, and says so", async () => {
    const root = await scratchRepo({ "openapi.yaml": await baseDocument() });
    const generated = await generatePackage({ repoRoot: root, apiVersion: VERSION });
    expect(generated.warnings.map((w) => w.message)).toContainEqual(
      `spec/${VERSION}/examples/#: no example for 3 topic(s), so one was synthesized from the schema: ${TOPICS.join(", ")}`,
    );
    const examples = await examplesOf(generated);
    const read = await readVariant(root);
    for (const topic of TOPICS) expect(read.accepts(topic, examples[topic]), topic).toBe(true);
    expect(generated.files["test/examples.test.ts"]).not.toContain('describe("invalid examples"');
    expect(generated.files["test/built-package.test.ts"]).toContain("summary.invalid).toBe(0)");
  });

  it("with --strict, lists every topic without an example in one error", async () => {
    const root = await scratchRepo({ "openapi.yaml": await baseDocument() });
    const error = await generatePackage({
      repoRoot: root,
      apiVersion: VERSION,
      strict: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).reason).toMatch(new RegExp(`${TOPICS.join(", ")}$`));
  });

  it("names the example file and the pointer of an example its validator refuses", async () => {
    const root = await scratchRepo({ "openapi.yaml": await baseDocument() }, { examples: true });
    const event = await baseExample("widget.created");
    const file = join(root, "spec", VERSION, "examples", "widget.created", "basic.json");
    await writeFile(file, JSON.stringify({ ...event, data: { ...event.data, name: 7 } }));
    const error = await generatePackage({ repoRoot: root, apiVersion: VERSION }).catch((e) => e);
    expect((error as SpecError).message).toBe(
      `spec/${VERSION}/examples/widget.created/basic.json#/data/name: must be string (type)`,
    );
  });

  it("generates without examples/invalid/, and the generated tests skip what is absent", async () => {
    const root = await scratchRepo({ "openapi.yaml": await baseDocument() }, { examples: true });
    await rm(join(root, "spec", VERSION, "examples", "invalid"), { recursive: true });
    const generated = await generatePackage({ repoRoot: root, apiVersion: VERSION });
    expect(generated.warnings.map((w) => w.reason)).not.toContainEqual(
      expect.stringMatching(/no example/),
    );
    expect(generated.files["test/examples.test.ts"]).not.toContain('readExamples("invalid")');
    expect(generated.files["test/built-package.test.ts"]).toContain(
      "summary.valid).toBeGreaterThan(0)",
    );
  });
});
