import { build, type BuildOptions, type BuildResult } from "esbuild";

/** What a step gives esbuild for one file: where it starts, where it goes, and any extra. */
export type RebundleInput = Pick<
  BuildOptions,
  "entryPoints" | "stdin" | "outfile" | "write" | "metafile"
>;

/**
 * Bundles files of a built `dist/` again, as the steps after the first build do (merge-chunks.ts,
 * fold-shared-chunk.ts): with that build's format, platform and target (build-package.ts), so
 * that the code comes out as it went in, and every bare import (`node:` built-ins included) still
 * external. An esbuild warning fails the step, as it fails the build.
 */
export async function rebundle<Options extends RebundleInput>(
  dir: string,
  input: Options,
): Promise<BuildResult<Options>> {
  const result = await build<BuildOptions>({
    ...input,
    absWorkingDir: dir,
    bundle: true,
    format: "esm",
    platform: "neutral",
    packages: "external",
    external: ["node:*"],
    target: "es2022",
    logLevel: "silent",
  });
  if (result.warnings.length > 0) {
    throw new Error(result.warnings.map((warning) => warning.text).join("\n"));
  }
  return result as BuildResult<Options>;
}
