import { open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { InboxError } from "../inbox-error.js";

const LOCK_FILE = "inbox.lock";
// Directories this process holds: a lock naming our own pid is live only if it is listed here
// (after a kill, the restarted process may be given the same pid).
const held = new Set<string>();

/** An exclusive hold on an embedded inbox's directory. */
export interface DirectoryLock {
  release(): Promise<void>;
}

/**
 * Takes the directory's lock file, or throws when a live process holds it. PGlite takes no lock of
 * its own, and two processes writing one data directory silently lose rows, so this is what keeps a
 * second receiver (or a CLI run while the receiver is up) out. A lock left by a killed process (its
 * pid no longer alive) is taken over: a killed receiver restarts without manual steps.
 */
export async function lockDirectory(directory: string): Promise<DirectoryLock> {
  const path = join(directory, LOCK_FILE);
  const token = `${process.pid}\n`;
  for (let tries = 0; tries < 3; tries++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(token);
      await handle.close();
      held.add(path);
      return {
        release: async () => {
          held.delete(path);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    const live = holder === process.pid ? held.has(path) : holder > 0 && isAlive(holder);
    if (Number.isInteger(holder) && live) {
      throw new InboxError(
        "inbox_locked",
        `the inbox in ${directory} is open in process ${holder}: stop it, or use a PostgreSQL server ` +
          "(openInbox({ connectionString })) to share one inbox between processes",
      );
    }
    // Stale: move it aside (atomic) so only one of two racing openers removes it.
    await rename(path, `${path}.stale-${process.pid}`).then(
      () => rm(`${path}.stale-${process.pid}`, { force: true }),
      () => undefined,
    );
  }
  throw new InboxError("inbox_locked", `could not lock the inbox in ${directory}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
