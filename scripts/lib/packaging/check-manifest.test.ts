import { describe, expect, it } from "vitest";
import { checkManifest, checkPackedFiles } from "./check-manifest.js";
import type { Manifest } from "./published-packages.js";

const good: Manifest = {
  name: "@lucca-events/2024-11-01",
  version: "1.0.0",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19" },
  exports: {
    ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
    "./node": { types: "./dist/node.d.ts", node: { types: "./n.d.ts", default: "./n.js" } },
    "./package.json": "./package.json",
  },
  files: ["dist"],
  dependencies: { "@lucca-events/core": "workspace:^" },
};
const WORKSPACE = ["@lucca-events/core", "@lucca-events/2024-11-01"];

describe("checkManifest", () => {
  it.each<[string, { given: Partial<Manifest> & Record<string, unknown>; want: string[] }]>([
    ["a conforming manifest", { given: {}, want: [] }],
    ["CommonJS", { given: { type: "commonjs" }, want: ['"type" must be "module" (ESM-only)'] }],
    ["side effects", { given: { sideEffects: true }, want: ['"sideEffects" must be false'] }],
    [
      "a main field",
      {
        given: { main: "./dist/index.js" },
        want: ['"main" must not be set: "exports" is the only entry'],
      },
    ],
    [
      "old Node",
      {
        given: { engines: { node: ">=18" } },
        want: ['"engines.node" must be ">=20.19" or higher'],
      },
    ],
    ["newer Node is fine", { given: { engines: { node: ">=22.12" } }, want: [] }],
    [
      "a third-party dependency",
      {
        given: { dependencies: { "@lucca-events/core": "^1.0.0", ajv: "^8.0.0" } },
        want: ['"dependencies" must list only workspace packages, not "ajv"'],
      },
    ],
    [
      "types after default, a require condition, a .cjs target",
      {
        given: { exports: { ".": { default: "./i.js", types: "./i.d.ts", require: "./i.cjs" } } },
        want: [
          'exports["."] must list "types" first',
          'exports["."] has a "require" condition',
          'exports["." "require"] → ./i.cjs: not an ESM .js file',
        ],
      },
    ],
    ["no files", { given: { files: undefined }, want: ['"files" must be listed'] }],
  ])("%s", (_name, { given, want }) => {
    expect(checkManifest({ ...good, ...given }, WORKSPACE)).toEqual(want);
  });
});

describe("checkPackedFiles", () => {
  it.each<[string, string[], string[]]>([
    ["dist, manifest, docs", ["package.json", "README.md", "CHANGELOG.md", "dist/index.js"], []],
    [
      "a compiled test",
      ["dist/index.test.js"],
      ["dist/index.test.js: test code or fixture in the tarball"],
    ],
    [
      "a test source map",
      ["dist/x.test.js.map"],
      ["dist/x.test.js.map: test code or fixture in the tarball"],
    ],
    [
      "fixtures",
      ["dist/fixtures/a.json"],
      ["dist/fixtures/a.json: test code or fixture in the tarball"],
    ],
    [
      "sources and configs",
      ["src/index.ts", "tsconfig.json"],
      [
        "src/index.ts: not needed by users (only package.json, README, CHANGELOG, dist/)",
        "tsconfig.json: not needed by users (only package.json, README, CHANGELOG, dist/)",
      ],
    ],
  ])("%s", (_name, files, want) => {
    expect(checkPackedFiles(files)).toEqual(want);
  });
});
