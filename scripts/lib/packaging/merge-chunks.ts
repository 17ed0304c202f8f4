import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Metafile } from "esbuild";
import { rebundle } from "./rebundle.js";

/** The one chunk every entry of a built package imports its shared code from. */
export const SHARED_CHUNK = "chunks/shared.js";

const CHUNK_SPECIFIER = /(["'])\.\/chunks\/(chunk-[A-Z0-9]+\.js)\1/g;
const CHUNK_HEADING = /^\/\/ dist\/chunks\/chunk-[A-Z0-9]+\.js\n/gm;

/**
 * Merges the shared chunks esbuild's code splitting wrote (one per set of entries that share a
 * module) into one file, {@link SHARED_CHUNK}, and points the entries at it. Node resolves, reads,
 * compiles and links each file of an `import` in turn, about half a millisecond a file on a cold
 * start; the node entry of core read seven files, now two. An entry that used one small chunk now
 * reads them all, and a consumer's bundler still drops what is unused: no longer whole files
 * (`"sideEffects": false`) but statements, so a module-level value built by a call or `new`
 * carries a `@__PURE__` annotation, or a bundle of `verifySignature` alone keeps the handler's.
 * Each class still exists once, in the shared file, so `instanceof` holds across entries. A lone
 * chunk gets the same name, so that the steps after this one (indentation, folding) find it.
 */
export async function mergeChunks(dir: string, metafile: Metafile): Promise<void> {
  const outputs = Object.keys(metafile.outputs).filter((file) => file.endsWith(".js"));
  const chunks = outputs.filter((file) => file.startsWith("dist/chunks/"));
  if (chunks.length === 0) return;
  const merged = await rebundle(dir, {
    stdin: {
      contents: chunks.map((chunk) => `export * from "./${basename(chunk)}";`).join("\n"),
      resolveDir: join(dir, "dist/chunks"),
      sourcefile: "merged-chunks.js",
    },
    outfile: join("dist", SHARED_CHUNK),
    metafile: true,
  });
  // `export *` leaves out a name two chunks export; esbuild renames across chunks, so none should.
  const exported = new Set(merged.metafile.outputs[join("dist", SHARED_CHUNK)]?.exports);
  const expected = chunks.flatMap((chunk) => metafile.outputs[chunk]!.exports);
  const missing = expected.filter((name) => !exported.has(name));
  if (missing.length > 0) throw new Error(`${SHARED_CHUNK} misses ${missing.join(", ")}`);
  // esbuild heads each merged chunk with its path; those files are gone once merged.
  const shared = join(dir, "dist", SHARED_CHUNK);
  await writeFile(shared, (await readFile(shared, "utf8")).replace(CHUNK_HEADING, ""));

  for (const entry of outputs.filter((file) => !chunks.includes(file))) {
    const file = join(dir, entry);
    const code = (await readFile(file, "utf8")).replace(CHUNK_SPECIFIER, `$1./${SHARED_CHUNK}$1`);
    if (/chunk-[A-Z0-9]+\.js/.test(code)) throw new Error(`${entry} still imports a chunk by path`);
    await writeFile(file, code);
  }
  await Promise.all(chunks.map((chunk) => rm(join(dir, chunk))));
}
