/**
 * Vitest global setup: the whole run gets a temporary directory of its own (TMPDIR, which
 * `os.tmpdir()` reads, inherited by workers and child processes), and the run fails when a test
 * left a scratch folder of ours (`lucca-*`, `write-files-*`) in it. Tool caches (tsx, esbuild)
 * are not ours and are removed with the directory.
 */
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OURS = /^(lucca-|write-files-)/;

let previous: string | undefined;
let runDir: string | undefined;

export async function setup(): Promise<void> {
  previous = process.env["TMPDIR"];
  runDir = await mkdtemp(join(tmpdir(), "vitest-run-"));
  // Traversable by others (not listable): the PostgreSQL tests run their cluster as the
  // `postgres` user, in a folder of their own below this one.
  await chmod(runDir, 0o711);
  process.env["TMPDIR"] = runDir;
}

export async function teardown(): Promise<void> {
  if (runDir === undefined) return;
  const left = (await readdir(runDir)).filter((name) => OURS.test(name));
  if (previous === undefined) delete process.env["TMPDIR"];
  else process.env["TMPDIR"] = previous;
  await rm(runDir, { recursive: true, force: true });
  if (left.length > 0) throw new Error(`tests left temporary folders behind: ${left.join(", ")}`);
}
