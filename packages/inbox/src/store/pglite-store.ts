import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { fromPglite, type Db } from "pg-boss";
import { lockDirectory } from "./directory-lock.js";
import type { SqlStore } from "./sql-store.js";

/** The embedded store and the pg-boss database interface over it. */
export interface EmbeddedStore extends SqlStore {
  bossDb: Db;
}

/**
 * Opens PGlite (PostgreSQL in WASM, in process) in `directory/pgdata`, after locking the directory.
 * PGlite never calls fsync: a killed process loses nothing acknowledged (the OS still holds the
 * writes), power loss or an OS crash may. The README says so and when to move to a server.
 */
export async function openEmbeddedStore(directory: string): Promise<EmbeddedStore> {
  await mkdir(directory, { recursive: true });
  const lock = await lockDirectory(directory);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: join(directory, "pgdata") });
  } catch (error) {
    await lock.release();
    throw error;
  }
  return {
    kind: "embedded",
    bossDb: fromPglite(db),
    sql: {
      async query<T>(text: string, params?: unknown[]) {
        return (await db.query<T>(text, params)).rows;
      },
    },
    // PGlite runs one statement at a time; its transaction() holds the session until it settles.
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          async query<T>(text: string, params?: unknown[]) {
            return (await tx.query<T>(text, params)).rows;
          },
          boss: fromPglite(tx as unknown as Parameters<typeof fromPglite>[0]),
        }),
      ),
    async close() {
      await db.close();
      await lock.release();
    },
  };
}
