import { extname } from "node:path";
import { format, resolveConfig } from "prettier";

const FORMATTED = new Set([".ts", ".mts", ".js", ".mjs", ".json", ".md"]);

/** Formats generated text the way `prettier --check` expects it; other files pass unchanged. */
export async function formatFile(path: string, content: string): Promise<string> {
  if (!FORMATTED.has(extname(path))) return content;
  const config = (await resolveConfig(path)) ?? {};
  return format(content, { ...config, filepath: path });
}
