import { describe, expect, it } from "vitest";
import { duplicatedModules } from "./bundle-metafile.js";

const output = (...inputs: string[]) => ({
  bytes: 0,
  imports: [],
  exports: [],
  inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 1 }])),
});

describe("duplicatedModules", () => {
  it("accepts shared modules that sit in one chunk", () => {
    const outputs = {
      "dist/index.js": output("src/index.ts"),
      "dist/node.js": output("src/node.ts"),
      "dist/chunks/chunk-A.js": output("src/errors.ts"),
    };
    expect(duplicatedModules({ outputs })).toEqual([]);
  });

  it("names a module copied into two outputs", () => {
    const outputs = {
      "dist/index.js": output("src/index.ts", "src/errors.ts"),
      "dist/node.js": output("src/node.ts", "src/errors.ts"),
    };
    expect(duplicatedModules({ outputs })).toEqual([
      "src/errors.ts is bundled into dist/index.js and dist/node.js",
    ]);
  });
});
