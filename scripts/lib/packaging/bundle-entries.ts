import type { Manifest } from "./published-packages.js";

/** One JavaScript file a package publishes, and the source it is bundled from. */
export interface BundleEntry {
  /** Path under `dist/` without the extension: `index`, `index.node`, `formats`. */
  name: string;
  /** Path of the source under the package folder: `src/index.ts`, or `src/validators.js`. */
  source: string;
  /**
   * Whether `exports` or `bin` names it. One that only its declarations ask for (`validators`)
   * is no import of the package's users: it is bundled on its own, sharing no chunk.
   */
  published: boolean;
}

/**
 * The files to bundle: every `./dist/<name>.js` that `exports` or `bin` names, from
 * `src/<name>.ts` (or `src/<name>.js`), plus every hand-supplied `src/<name>.js` that ships its own
 * `src/<name>.d.ts`, so that the declaration copied next to it describes a real module (unpublished,
 * unless `exports` names it too).
 * `sources` lists the files directly under `src/`.
 */
export function bundleEntries(manifest: Manifest, sources: readonly string[]): BundleEntry[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      const match = /^\.\/dist\/(.+)\.js$/.exec(value);
      if (match !== null) names.add(match[1]!);
    } else if (value !== null && typeof value === "object") {
      Object.values(value).forEach(visit);
    }
  };
  visit(manifest.exports);
  visit(manifest.bin);
  const published = new Set(names);
  for (const name of declaredJavaScript(sources)) names.add(name);
  return [...names].sort().map((name) => {
    const source = [`${name}.ts`, `${name}.js`].find((file) => sources.includes(file));
    if (source === undefined) {
      throw new Error(`${manifest.name}: ./dist/${name}.js has no src/${name}.ts or .js`);
    }
    return { name, source: `src/${source}`, published: published.has(name) };
  });
}

/** The `<name>.js` sources that come with a hand-supplied `<name>.d.ts`. */
export function declaredJavaScript(sources: readonly string[]): string[] {
  return sources
    .filter((file) => file.endsWith(".js") && sources.includes(file.replace(/\.js$/, ".d.ts")))
    .map((file) => file.replace(/\.js$/, ""));
}
