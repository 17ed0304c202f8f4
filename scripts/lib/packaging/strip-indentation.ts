import { transform } from "esbuild";

const INDENTATION = /^[ \t]+/gm;

/**
 * Removes the indentation esbuild prints in a built file. V8 scans every byte of a module when
 * it is imported, also the bodies of functions it only pre-parses; the version package's shared
 * chunk is mostly validators, 40 % of it indentation, and compiling it on a cold start took about
 * a quarter less without (bench/cold-start.ts). Names, lines and comments stay as they were, so
 * the file still reads, and stack traces still point at the right line.
 *
 * Not esbuild's `minifyWhitespace`: a minified file keeps no `@__PURE__` annotation
 * (`var a = /* @__PURE__ *\/ f()` is printed `var a=f()`), and a consumer's bundler needs them to
 * drop the validators it does not use (see merge-chunks.ts).
 *
 * Indentation means something only inside a template literal that spans lines (or a comment);
 * the file is therefore checked to minify to exactly the same program as before.
 */
export async function stripIndentation(code: string, file: string): Promise<string> {
  const stripped = code.replace(INDENTATION, "");
  if (stripped === code) return code;
  const [before, after] = await Promise.all([minified(code), minified(stripped)]);
  if (before !== after) {
    throw new Error(`${file}: its indentation carries meaning (a multi-line template literal?)`);
  }
  return stripped;
}

async function minified(code: string): Promise<string> {
  const result = await transform(code, {
    format: "esm",
    minify: true,
    legalComments: "inline",
    logLevel: "silent",
  });
  return result.code;
}
