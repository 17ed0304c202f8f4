/**
 * @module The packaging rules every published package.json must follow (house style §5–6),
 * checked before publint and attw so a broken rule is named in our own words.
 */
import type { Manifest } from "./published-packages.js";

/** Lowest Node release that can `require()` an ES module without a flag. */
const MIN_NODE: readonly [number, number] = [20, 19];
/** What a tarball may contain; everything else (tests, sources, configs) stays home. */
const ALLOWED_FILE = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?|dist\/.+)$/;
/** Test code, fixtures and their source maps, wherever they sit. */
const TEST_FILE =
  /(^|\/)(tests?|__tests__|fixtures?|runtime-tests)\/|\.test(-d)?\.|\.spec\.|\.tsbuildinfo$/;

/**
 * The only third-party runtime dependencies a published package may have: the durable inbox is a
 * store, and builds on a job queue (pg-boss) and an embedded PostgreSQL (PGlite) rather than a
 * home-made queue. Everything else stays dependency-free.
 */
const ALLOWED_THIRD_PARTY: Readonly<Record<string, readonly string[]>> = {
  "@lucca-events/inbox": ["@electric-sql/pglite", "pg-boss"],
};

/**
 * Whether a package installs third-party code (the inbox): the offline consumer project leaves it
 * out, since its dependencies come from the registry by design; its other checks still run.
 */
export function needsRegistry(manifest: Manifest): boolean {
  return (ALLOWED_THIRD_PARTY[manifest.name] ?? []).length > 0;
}

/**
 * The problems of one manifest, in plain words; `[]` when it is fine. `workspaceNames` are the
 * only dependencies allowed: published packages carry no third-party runtime code.
 */
export function checkManifest(manifest: Manifest, workspaceNames: readonly string[]): string[] {
  const problems: string[] = [];
  if (manifest.type !== "module") problems.push('"type" must be "module" (ESM-only)');
  if (manifest.sideEffects !== false) problems.push('"sideEffects" must be false');
  for (const field of ["main", "module", "browser", "typings", "types"]) {
    if (field in manifest) problems.push(`"${field}" must not be set: "exports" is the only entry`);
  }
  const engine = (manifest.engines as { node?: unknown } | undefined)?.node;
  const floor = typeof engine === "string" ? /^>=\s*(\d+)\.(\d+)/.exec(engine) : null;
  if (!floor || Number(floor[1]) * 100 + Number(floor[2]) < MIN_NODE[0] * 100 + MIN_NODE[1]) {
    problems.push(`"engines.node" must be ">=${MIN_NODE.join(".")}" or higher`);
  }
  problems.push(...checkExports(manifest.exports));
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    const deps = Object.keys((manifest[field] as Record<string, string> | undefined) ?? {});
    const allowed = [...workspaceNames, ...(ALLOWED_THIRD_PARTY[manifest.name] ?? [])];
    for (const dep of deps.filter((name) => !allowed.includes(name))) {
      problems.push(`"${field}" must list only workspace packages, not "${dep}"`);
    }
  }
  const files = manifest.files;
  if (!Array.isArray(files) || files.length === 0) problems.push('"files" must be listed');
  return problems;
}

/** Problems of a tarball's file list (paths relative to the package root). */
export function checkPackedFiles(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    TEST_FILE.test(file)
      ? [`${file}: test code or fixture in the tarball`]
      : ALLOWED_FILE.test(file)
        ? []
        : [`${file}: not needed by users (only package.json, README, CHANGELOG, dist/)`],
  );
}

function checkExports(exports: unknown): string[] {
  if (exports === null || typeof exports !== "object" || Array.isArray(exports)) {
    return ['"exports" must be an object of subpaths'];
  }
  const problems: string[] = [];
  for (const [subpath, target] of Object.entries(exports)) {
    if (!subpath.startsWith(".")) return ['"exports" must map subpaths ("." and "./…")'];
    if (subpath === "./package.json") continue;
    problems.push(...checkConditions(subpath, target));
  }
  return problems;
}

/** Each condition object needs `types` first; no `require` condition, no CommonJS file. */
function checkConditions(subpath: string, target: unknown): string[] {
  if (typeof target === "string") {
    return target.endsWith(".js") ? [] : [`exports["${subpath}"] → ${target}: not an ESM .js file`];
  }
  if (target === null || typeof target !== "object" || Array.isArray(target)) {
    return [`exports["${subpath}"] must be a conditions object`];
  }
  const keys = Object.keys(target);
  const problems: string[] = [];
  if (keys[0] !== "types") problems.push(`exports["${subpath}"] must list "types" first`);
  if (keys.includes("require")) problems.push(`exports["${subpath}"] has a "require" condition`);
  for (const [condition, next] of Object.entries(target)) {
    if (condition === "types") {
      if (typeof next !== "string" || !next.endsWith(".d.ts")) {
        problems.push(`exports["${subpath}"].types must be a .d.ts file`);
      }
    } else {
      problems.push(...checkConditions(`${subpath}" "${condition}`, next));
    }
  }
  return problems;
}
