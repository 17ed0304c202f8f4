import { describe, expect, it } from "vitest";
import { stripBareChunkImports } from "./bare-chunk-imports.js";

describe("stripBareChunkImports", () => {
  it.each([
    [
      "an entry's bare chunk imports, not its named ones",
      'import { a } from "./chunks/chunk-AB12.js";\nimport "./chunks/chunk-CD34.js";\nexport { a };\n',
      'import { a } from "./chunks/chunk-AB12.js";\nexport { a };\n',
    ],
    [
      "a chunk's bare import of a sibling",
      'import "./chunk-EF56.js";\nvar x = 1;\n',
      "var x = 1;\n",
    ],
    [
      "bare imports of anything else",
      'import "node:crypto";\nimport "./polyfill.js";\n',
      'import "node:crypto";\nimport "./polyfill.js";\n',
    ],
  ])("removes %s", (_name, given, want) => {
    expect(stripBareChunkImports(given)).toBe(want);
  });
});
