import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster, started by a test and removed afterwards. */
export interface PostgresCluster {
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's PostgreSQL (`initdb` + `pg_ctl`) in a temporary directory on a free loopback
 * port. initdb refuses to run as root, so as root (CI) the cluster runs as the `postgres` system
 * user the package creates.
 */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = await mkdtemp(join(tmpdir(), "lucca-inbox-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args])
      : run(join(bin, tool), args);
  const data = join(dir, "data");
  const port = await freePort();
  try {
    await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
    await pg("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function postgresBin(): string {
  for (const entry of (process.env["PATH"] ?? "").split(delimiter)) {
    if (existsSync(join(entry, "initdb"))) return entry;
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort().reverse() : [];
  for (const version of versions) {
    if (existsSync(join(root, version, "bin", "initdb"))) return join(root, version, "bin");
  }
  throw new Error(
    "PostgreSQL's initdb was not found: run scripts/bootstrap.sh (apt-get install postgresql)",
  );
}
