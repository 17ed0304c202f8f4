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

/** True once the repository has a first commit. */
export async function hasHead(cwd: string): Promise<boolean> {
  return git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]).then(
    () => true,
    () => false,
  );
}

/**
 * The text of `path` (relative to `cwd`) at `HEAD`, or `undefined` when HEAD does not hold it.
 * Throws outside a git repository, so a missing repository is never read as "everything is new".
 */
export async function showAtHead(cwd: string, path: string): Promise<string | undefined> {
  await git(cwd, ["rev-parse", "--git-dir"]);
  if (!(await hasHead(cwd))) return undefined;
  // `./` makes the path relative to cwd, which need not be the top of the work tree.
  const object = `HEAD:./${path}`;
  const exists = await git(cwd, ["cat-file", "-e", object]).then(
    () => true,
    () => false,
  );
  return exists ? git(cwd, ["show", object]) : undefined;
}

/** Paths under `dir` that differ from HEAD (tracked changes and untracked files), with status. */
export async function changedSinceHead(
  cwd: string,
  dir: string,
): Promise<{ path: string; status: "added" | "changed" | "removed" }[]> {
  const diffArgs = ["diff", "HEAD", "--name-status", "--no-renames", "--relative", "-z"];
  const tracked = await git(cwd, [...diffArgs, "--", dir]);
  const fields = tracked.split("\0").filter((field) => field !== "");
  const changes: { path: string; status: "added" | "changed" | "removed" }[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const code = fields[i]!;
    const status = code === "A" ? "added" : code === "D" ? "removed" : "changed";
    changes.push({ path: fields[i + 1]!, status });
  }
  const untracked = await git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--", dir]);
  for (const path of untracked.split("\0").filter((p) => p !== "")) {
    changes.push({ path, status: "added" });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
