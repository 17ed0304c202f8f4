import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Metafile } from "esbuild";

/** The entries of {@link splitPackage}, as build-package.ts names them: `dist/<name>.js`. */
export const FIXTURE_ENTRIES = ["index", "client", "testing"] as const;

/**
 * The sources of a small package whose entries share modules in different sets, so that code
 * splitting writes more than one chunk: all three use `errors.js`, `index` and `client` also
 * `events.js`. `index` publishes every name the shared code exports, `internal` included, or all
 * but `internal`, as asked (what decides whether the shared chunk folds into it).
 */
function sources(indexPublishesAll: boolean): Record<string, string> {
  const published = indexPublishesAll ? "EventError, internal, validate" : "EventError, validate";
  return {
    "errors.js": "export class EventError extends Error {}",
    "events.js": [
      'export { EventError } from "./errors.js";',
      "export const internal = () => 1;",
      "export const validate = () => internal() === 1;",
    ].join("\n"),
    "index.js": `export { ${published} } from "./events.js";\nexport const extra = 2;`,
    "client.js": [
      'import { EventError, internal } from "./events.js";',
      "export const fail = () => new EventError(String(internal()));",
    ].join("\n"),
    "testing.js": 'export { EventError } from "./errors.js";',
  };
}

/** A fixture package in a temporary folder, built as build-package.ts's first step builds. */
export interface SplitPackage {
  dir: string;
  /** The metafile of that build, with one output per entry and per chunk. */
  metafile: Metafile;
  /** Imports the built `dist/<name>.js`. */
  load(name: (typeof FIXTURE_ENTRIES)[number]): Promise<Record<string, unknown>>;
  remove(): Promise<void>;
}

/**
 * Writes the fixture's sources into a temporary folder and bundles its entries with code
 * splitting into `dist/` (chunks in `dist/chunks/`), as build-package.ts does, for the steps after
 * that build (merge-chunks.ts, fold-shared-chunk.ts) to work on.
 */
export async function splitPackage(indexPublishesAll = true): Promise<SplitPackage> {
  const dir = await mkdtemp(join(tmpdir(), "lucca-split-package-"));
  await mkdir(join(dir, "src"));
  for (const [name, code] of Object.entries(sources(indexPublishesAll))) {
    await writeFile(join(dir, "src", name), `${code}\n`);
  }
  const { metafile } = await build({
    absWorkingDir: dir,
    entryPoints: FIXTURE_ENTRIES.map((name) => ({ in: `src/${name}.js`, out: name })),
    outdir: "dist",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  return {
    dir,
    metafile,
    load: (name) => import(pathToFileURL(join(dir, `dist/${name}.js`)).href),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
