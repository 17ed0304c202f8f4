import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const source = (entry: string) => fileURLToPath(new URL(`../../src/${entry}`, import.meta.url));
const ERRORS = [
  "LuccaEventsError",
  "ConfigurationError",
  "SignatureVerificationError",
  "PayloadValidationError",
  "LuccaApiError",
];
const work = await mkdtemp(join(tmpdir(), "lucca-error-names-"));
afterAll(() => rm(work, { recursive: true, force: true }));

describe("error names", () => {
  // A user's bundler renames classes when it minifies; logs and String(error) show `name`.
  it("survive a minified bundle", async () => {
    const result = await build({
      stdin: {
        contents: [
          `export { ${ERRORS.filter((name) => name !== "LuccaApiError").join(", ")} } from ${JSON.stringify(source("index.ts"))};`,
          `export { LuccaApiError } from ${JSON.stringify(source("client.ts"))};`,
        ].join("\n"),
        resolveDir: work,
        loader: "ts",
      },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
    });
    const file = join(work, "bundle.mjs");
    await writeFile(file, result.outputFiles[0]!.contents);
    const bundle = (await import(pathToFileURL(file).href)) as Record<
      string,
      new (...args: never[]) => Error
    >;
    const names = ERRORS.map((name) => {
      const ErrorClass = bundle[name]!;
      expect(ErrorClass.name).not.toBe(name); // the minifier did rename it
      return new ErrorClass().name;
    });
    expect(names).toEqual(ERRORS);
  });
});
