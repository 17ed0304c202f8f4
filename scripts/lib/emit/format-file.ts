import { extname } from "node:path";
import { format, resolveConfig } from "prettier";

const FORMATTED = new Set([".ts", ".mts", ".js", ".mjs", ".json", ".md"]);
const PARSERS: Readonly<Record<string, string>> = {
  ".js": "espree",
  ".mjs": "espree",
  ".ts": "babel-ts",
  ".mts": "babel-ts",
};

/** Formats generated text the way `prettier --check` expects it; other files pass unchanged. */
export async function formatFile(path: string, content: string): Promise<string> {
  if (!FORMATTED.has(extname(path))) return content;
  const config = (await resolveConfig(path)) ?? {};
  // espree and babel-ts print what the default parsers print, and read the large generated files
  // (ajv's output, the examples of hundreds of topics) markedly faster.
  const parser = PARSERS[extname(path)];
  return format(content, { ...config, filepath: path, ...(parser ? { parser } : {}) });
}
