import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// A contributor on macOS, Windows or ARM Linux gets Deno and Bun only if the lockfile lists their
// platform packages; a lockfile written on one machine can silently drop the others, and a later
// install then re-resolves them from whatever the registry answers that day.
const lockfile = parse(
  await readFile(new URL("../../pnpm-lock.yaml", import.meta.url), "utf8"),
) as { packages: Record<string, unknown> };
const require = createRequire(import.meta.url);

describe("pnpm-lock.yaml", () => {
  it.each(["deno", "bun"])("carries every platform package %s declares", (name) => {
    const manifest = require(`${name}/package.json`) as {
      version: string;
      optionalDependencies: Record<string, string>;
    };
    const declared = Object.entries(manifest.optionalDependencies).map(([dep, v]) => `${dep}@${v}`);
    expect(declared.length).toBeGreaterThan(3);
    const missing = declared.filter((key) => !Object.hasOwn(lockfile.packages, key));
    expect(missing).toEqual([]);
  });
});
