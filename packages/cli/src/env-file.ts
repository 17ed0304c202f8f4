import { readFile, writeFile } from "node:fs/promises";

/**
 * Sets `name=value` in a dotenv file: replaces the line that sets `name`, or appends one; other
 * lines are kept as they are. The file is created readable by its owner only (0600): it holds a
 * signing secret.
 */
export async function setEnvVariable(file: string, name: string, value: string): Promise<void> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const line = `${name}=${value}`;
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  const at = lines.findIndex((l) => new RegExp(`^\\s*(export\\s+)?${name}\\s*=`).test(l));
  if (at === -1) lines.push(line);
  else lines[at] = line;
  await writeFile(file, `${lines.join("\n")}\n`, { mode: 0o600 });
}
