import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as coreFormats from "../../../packages/core/src/formats.js";
import { FORMATS_SPECIFIER, inlineFormats } from "./inline-formats.js";

const VERSION_PACKAGE = fileURLToPath(new URL("../../../packages/api-2024-11-01", import.meta.url));

/** An entry of the version package that imports core and its formats, bundled as its build does. */
async function bundled(): Promise<string> {
  const result = await build({
    absWorkingDir: VERSION_PACKAGE,
    stdin: {
      contents: [
        `import { isDateTime } from "${FORMATS_SPECIFIER}";`,
        `import { createEventValidator } from "@lucca-events/core";`,
        `export const checks = { isDateTime, createEventValidator };`,
      ].join("\n"),
      resolveDir: VERSION_PACKAGE,
      loader: "js",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    packages: "external",
    logLevel: "silent",
    plugins: [inlineFormats(VERSION_PACKAGE)],
  });
  return result.outputFiles[0]!.text;
}

describe("inlineFormats", () => {
  it("bundles core's format checks and keeps core itself external", async () => {
    const code = await bundled();
    expect(code).not.toContain(FORMATS_SPECIFIER);
    expect(code).toContain('from "@lucca-events/core"');
  });

  it("gives checks that answer as core's own", async () => {
    const code = await bundled();
    const url = `data:text/javascript,${encodeURIComponent(
      code.replace(/^import .*"@lucca-events\/core";$/m, "const createEventValidator = null;"),
    )}`;
    const { checks } = (await import(url)) as { checks: { isDateTime: (v: string) => boolean } };
    for (const value of ["2025-01-01T08:34:23Z", "2025-01-01T08:34:23", "2025-02-30T00:00:00Z"]) {
      expect(checks.isDateTime(value)).toBe(coreFormats.isDateTime(value));
    }
  });
});
