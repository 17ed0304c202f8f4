import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { duplicatedModules } from "./bundle-metafile.js";
import { runCommand } from "../runners/run-command.js";
import { stripBareChunkImports } from "./bare-chunk-imports.js";
import { bundleEntries, declaredJavaScript, type BundleEntry } from "./bundle-entries.js";
import { foldSharedChunk } from "./fold-shared-chunk.js";
import { inlineFormats } from "./inline-formats.js";
import { mergeChunks, SHARED_CHUNK } from "./merge-chunks.js";
import type { Manifest } from "./published-packages.js";
import { stripIndentation } from "./strip-indentation.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Builds one package's `dist/`: declarations from `tsc` (one `.d.ts` per source file, as before),
 * and the JavaScript bundled by esbuild, one file per published entry. A cold `import` then reads
 * a handful of files instead of one per source module (Node resolves, reads and links each).
 *
 * Code splitting puts what several entries share into `dist/chunks/`, merged into one file (see
 * merge-chunks.ts), so each class exists once however many entries a program imports, and
 * `instanceof` holds across them (the error classes); a main entry that publishes all of that
 * chunk takes it in (fold-shared-chunk.ts), one file fewer. Each file is then printed without its
 * indentation (strip-indentation.ts): less for V8 to scan on a cold start.
 * Every bare import (dependencies, `node:` built-ins) stays external: a version package imports
 * `@lucca-events/core` at run time, never a copy of it; only core's format checks, pure functions,
 * are bundled in (inline-formats.ts), one module fewer to resolve and read on a cold start.
 */
export async function buildPackage(dir: string): Promise<void> {
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Manifest;
  const sources = await readdir(join(dir, "src"));
  const dist = join(dir, "dist");
  await rm(dist, { recursive: true, force: true });

  const declarations = await runCommand(
    process.execPath,
    [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly"],
    { cwd: dir },
  );
  if (declarations.code !== 0) throw new Error(`tsc failed:\n${declarations.output}`);
  // tsc copies no hand-written declaration file; each one sits next to the module it describes.
  for (const name of declaredJavaScript(sources)) {
    await copyFile(join(dir, "src", `${name}.d.ts`), join(dist, `${name}.d.ts`));
  }

  const entries = bundleEntries(manifest, sources);
  const plugins = Object.hasOwn(
    (manifest.dependencies as object | undefined) ?? {},
    "@lucca-events/core",
  )
    ? [inlineFormats(dir)]
    : [];
  const bundle = (group: readonly BundleEntry[], splitting: boolean) =>
    build({
      absWorkingDir: dir,
      entryPoints: group.map(({ name, source }) => ({
        in: source,
        out: name,
      })),
      outdir: "dist",
      chunkNames: "chunks/[name]-[hash]",
      bundle: true,
      splitting,
      format: "esm",
      // The default entries run in every runtime; Node-only code imports `node:` modules.
      platform: "neutral",
      packages: "external",
      target: "es2022",
      tsconfig: "tsconfig.build.json",
      metafile: true,
      logLevel: "silent",
      plugins,
    });
  const result = await bundle(
    entries.filter(({ published }) => published),
    true,
  );
  // An entry that `exports` does not name (a version's validators.js, there for its declarations
  // and the bench) is reached by no import of the package: bundled on its own, it copies what it
  // uses, and the chunk holds only what the published entries share, so it can fold into index.js.
  const unpublished = entries.filter(({ published }) => !published);
  const standalone = unpublished.length > 0 ? await bundle(unpublished, false) : undefined;
  const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith(".js"));
  for (const output of outputs) {
    const file = join(dir, output);
    await writeFile(file, stripBareChunkImports(await readFile(file, "utf8")));
  }
  await mergeChunks(dir, result.metafile);
  await foldSharedChunk(
    dir,
    entries.map(({ name }) => `${name}.js`),
  );
  for (const output of [...entries.map(({ name }) => `${name}.js`), SHARED_CHUNK]) {
    const file = join(dist, output);
    const code = await readFile(file, "utf8").catch(() => undefined);
    if (code !== undefined) await writeFile(file, await stripIndentation(code, `dist/${output}`));
  }
  const problems = [
    ...[...result.warnings, ...(standalone?.warnings ?? [])].map((warning) => warning.text),
    ...duplicatedModules(result.metafile),
    ...(await consumerWarnings(dir, entries)),
  ];
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

/** What esbuild says when a consumer bundles each built entry (it reads our `sideEffects`). */
async function consumerWarnings(dir: string, entries: readonly BundleEntry[]): Promise<string[]> {
  const warnings: string[] = [];
  for (const { name } of entries) {
    const result = await build({
      absWorkingDir: dir,
      entryPoints: [`dist/${name}.js`],
      bundle: true,
      write: false,
      packages: "external",
      logLevel: "silent",
    });
    warnings.push(...result.warnings.map((warning) => `dist/${name}.js: ${warning.text}`));
  }
  return warnings;
}
