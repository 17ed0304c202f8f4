/**
 * Removes the bare `import "./chunks/chunk-….js";` lines esbuild's code splitting writes to keep
 * the source's evaluation order. The package declares `"sideEffects": false`, so order carries no
 * meaning, and a consumer's bundler drops such imports anyway; esbuild even warns about each one
 * (`ignored-bare-import`, evanw/esbuild#2334). Every chunk whose code is used stays imported by name.
 */
export function stripBareChunkImports(code: string): string {
  return code.replace(/^import "\.\/(?:chunks\/)?chunk-[A-Z0-9]+\.js";\n/gm, "");
}
