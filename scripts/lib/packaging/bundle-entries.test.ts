import { describe, expect, it } from "vitest";
import { bundleEntries, declaredJavaScript } from "./bundle-entries.js";
import type { Manifest } from "./published-packages.js";

const manifest = (fields: Partial<Manifest> & Record<string, unknown>): Manifest => ({
  name: "@lucca-events/example",
  version: "0.0.0",
  ...fields,
});

describe("bundleEntries", () => {
  it.each<[string, { given: Manifest; sources: string[]; want: [string, string, boolean][] }]>([
    [
      "every dist file that exports names, under its conditions",
      {
        given: manifest({
          exports: {
            ".": {
              types: "./dist/index.d.ts",
              node: { types: "./dist/index.node.d.ts", default: "./dist/index.node.js" },
              default: "./dist/index.js",
            },
            "./formats": { types: "./dist/formats.d.ts", default: "./dist/formats.js" },
            "./package.json": "./package.json",
          },
        }),
        sources: ["index.ts", "index.node.ts", "formats.ts", "formats", "signature"],
        want: [
          ["formats", "src/formats.ts", true],
          ["index", "src/index.ts", true],
          ["index.node", "src/index.node.ts", true],
        ],
      },
    ],
    [
      "a bin, and a hand-supplied module with its own declarations",
      {
        given: manifest({
          bin: { tool: "./dist/bin.js" },
          exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
        }),
        sources: ["bin.ts", "index.ts", "validators.js", "validators.d.ts", "events.ts"],
        want: [
          ["bin", "src/bin.ts", true],
          ["index", "src/index.ts", true],
          ["validators", "src/validators.js", false],
        ],
      },
    ],
  ])("%s", (_name, { given, sources, want }) => {
    const entries = bundleEntries(given, sources).map(({ name, source, published }) => [
      name,
      source,
      published,
    ]);
    expect(entries).toEqual(want);
  });

  it("names the export whose source is missing", () => {
    const given = manifest({ exports: { "./node": { default: "./dist/node.js" } } });
    expect(() => bundleEntries(given, ["index.ts"])).toThrow(
      "@lucca-events/example: ./dist/node.js has no src/node.ts or .js",
    );
  });
});

describe("declaredJavaScript", () => {
  it("keeps the JavaScript sources that come with a declaration file", () => {
    expect(declaredJavaScript(["a.js", "a.d.ts", "b.js", "c.ts", "c.d.ts"])).toEqual(["a"]);
  });
});
