import { readFile, readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";

// For packages/examples/test/: the README shows these files verbatim, so what readers copy is
// exactly what the other tests in this folder run.
const src = new URL("../src/", import.meta.url);
const files = (await readdir(src)).filter((file) => file.endsWith(".ts")).sort();
const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);

describe("README receivers", () => {
  it.each(files)("shows src/%s verbatim in a ts block", async (file) => {
    expect(blocks).toContain(await readFile(new URL(file, src), "utf8"));
  });
});
