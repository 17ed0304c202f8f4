import { createRequire } from "node:module";
import { join } from "node:path";
import type { Plugin } from "esbuild";

/** Core's entry of pure format checks, which every version package's validators import. */
export const FORMATS_SPECIFIER = "@lucca-events/core/formats";
// esbuild's filter is a regular expression: the specifier, its metacharacters escaped, and no more.
const EXACTLY_FORMATS = new RegExp(`^${FORMATS_SPECIFIER.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/**
 * Bundles core's format checks into the files that import them, where every other bare import
 * stays external: a cold `import` of a version package then resolves and reads one module fewer
 * (Node's resolver walks `node_modules` and reads `exports` for each bare specifier). The checks
 * are pure functions and constants, with no class or state, so a copy behaves as core's own.
 * Core still publishes `./formats` for its users. A copy cannot lag behind core's fixes:
 * `updateInternalDependents: "always"` in .changeset/config.json releases every version package
 * again, rebuilt, whenever core is released (tests/repository/release-dependents.test.ts).
 */
export function inlineFormats(dir: string): Plugin {
  const resolved = createRequire(join(dir, "package.json")).resolve(FORMATS_SPECIFIER);
  return {
    name: "inline-formats",
    setup(build) {
      build.onResolve({ filter: EXACTLY_FORMATS }, () => ({ path: resolved }));
    },
  };
}
