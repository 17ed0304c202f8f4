import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { SHARED_CHUNK } from "./merge-chunks.js";
import { rebundle } from "./rebundle.js";

/** The main entry, which the shared chunk is folded into when it re-exports all of it. */
export const MAIN_ENTRY = "index.js";

const CHUNK_SPECIFIER = `./${SHARED_CHUNK}`;
// esbuild heads each file it bundles with its path: here two files of `dist/`, one of them gone.
const FILE_HEADING = /^\/\/ dist\/[\w./-]+\.js\n/gm;

/**
 * Folds the shared chunk into the main entry when that entry re-exports every name of the chunk
 * under the same name: the chunk then holds nothing the main entry does not publish, so the other
 * entries import the same bindings from `./index.js` instead, and a cold `import` of the package
 * reads one file fewer (Node resolves, reads, compiles and links each file in turn: about 0.5 ms
 * on Node 20, bench/cold-start.ts). A version package is such a case: its chunk holds the
 * validators and `validateEvent`, all public. Core's chunk holds internal names, so core keeps it.
 * Each binding still exists once, in `index.js`, so identity and `instanceof` hold across entries.
 * Returns whether it folded.
 */
export async function foldSharedChunk(dir: string, entries: readonly string[]): Promise<boolean> {
  const dist = join(dir, "dist");
  const chunk = await readFile(join(dist, SHARED_CHUNK), "utf8").catch(() => undefined);
  const main = await readFile(join(dist, MAIN_ENTRY), "utf8").catch(() => undefined);
  if (chunk === undefined || main === undefined) return false;
  const republished = republishedChunkNames(main);
  if (republished === undefined || !chunkExports(chunk).every((name) => republished.has(name))) {
    return false;
  }

  const folded = await rebundle(dir, {
    entryPoints: [join("dist", MAIN_ENTRY)],
    outfile: join("dist", MAIN_ENTRY),
    write: false,
  });
  await writeFile(join(dist, MAIN_ENTRY), folded.outputFiles[0]!.text.replace(FILE_HEADING, ""));
  for (const entry of entries.filter((name) => name !== MAIN_ENTRY)) {
    const file = join(dist, entry);
    const code = await readFile(file, "utf8").catch(() => undefined);
    if (code === undefined) continue;
    const pointed = code.replaceAll(`"${CHUNK_SPECIFIER}"`, `"./${MAIN_ENTRY}"`);
    if (pointed.includes(SHARED_CHUNK)) throw new Error(`dist/${entry} still imports the chunk`);
    if (pointed !== code) await writeFile(file, pointed);
  }
  await rm(join(dist, "chunks"), { recursive: true });
  return true;
}

/**
 * The names `code` (the main entry) imports from the shared chunk and exports again unrenamed, so
 * that its export of each is the chunk's own binding; undefined when it takes the chunk any other
 * way (a namespace, `export *`), which this fold does not follow.
 */
function republishedChunkNames(code: string): Set<string> | undefined {
  const file = ts.createSourceFile(MAIN_ENTRY, code, ts.ScriptTarget.ES2022, false);
  const imported = new Set<string>();
  const exported = new Set<string>();
  for (const statement of file.statements) {
    const from = moduleName(statement);
    if (ts.isImportDeclaration(statement) && from === CHUNK_SPECIFIER) {
      const bindings = statement.importClause?.namedBindings;
      if (statement.importClause?.name !== undefined || !bindings || !ts.isNamedImports(bindings)) {
        return undefined;
      }
      for (const element of bindings.elements) {
        if (element.propertyName === undefined) imported.add(element.name.text);
      }
    } else if (ts.isExportDeclaration(statement)) {
      if (from === CHUNK_SPECIFIER) return undefined;
      const clause = statement.exportClause;
      if (from !== undefined || clause === undefined || !ts.isNamedExports(clause)) continue;
      for (const element of clause.elements) {
        if (element.propertyName === undefined) exported.add(element.name.text);
      }
    }
  }
  return new Set([...imported].filter((name) => exported.has(name)));
}

/** The names the shared chunk exports (esbuild writes one `export { … }` list, never renamed). */
function chunkExports(code: string): string[] {
  const file = ts.createSourceFile(SHARED_CHUNK, code, ts.ScriptTarget.ES2022, false);
  return file.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) &&
    statement.exportClause !== undefined &&
    ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((element) => element.name.text)
      : [],
  );
}

function moduleName(statement: ts.Statement): string | undefined {
  const specifier =
    ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
      ? statement.moduleSpecifier
      : undefined;
  return specifier !== undefined && ts.isStringLiteral(specifier) ? specifier.text : undefined;
}
