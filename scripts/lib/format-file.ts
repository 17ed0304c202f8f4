import { format, resolveConfig } from "prettier";

/** Formats generated text the way `prettier --check` expects it, chosen by file extension. */
export async function formatFile(path: string, content: string): Promise<string> {
  const config = (await resolveConfig(path)) ?? {};
  return format(content, { ...config, filepath: path });
}
