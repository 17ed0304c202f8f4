// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("the built package", () => {
  it("validates every example by its package name, with code generation from strings disabled", () => {
    const script = fileURLToPath(new URL("./validate-examples.mjs", import.meta.url));
    const output = execFileSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", script],
      { encoding: "utf8" },
    );
    const summary = JSON.parse(output);
    expect(summary.failures).toEqual([]);
    expect(summary.valid).toBeGreaterThan(0);
    expect(summary.invalid).toBeGreaterThan(0);
  });
});
