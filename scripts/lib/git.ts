import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** Runs `git` in `cwd` and returns its stdout; rejects with git's stderr on a non-zero exit. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync("git", [...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`git ${args.join(" ")} failed in ${cwd}${stderr ? `: ${stderr}` : ""}`);
  }
}

/** The text of `path` at `HEAD`, or `undefined` when HEAD lacks it (or there is no commit yet). */
export async function showAtHead(cwd: string, path: string): Promise<string | undefined> {
  // `git cat-file -e` tells "absent" apart from real failures, which must not pass silently.
  const exists = await git(cwd, ["cat-file", "-e", `HEAD:${path}`]).then(
    () => true,
    () => false,
  );
  return exists ? git(cwd, ["show", `HEAD:${path}`]) : undefined;
}
