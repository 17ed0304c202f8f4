import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestStore } from "./test-store.js";

/**
 * Runs SQL on a test store from outside the inbox: a client of the PostgreSQL cluster, or PGlite
 * opened on the embedded directory (close the inbox first: one process at a time holds it).
 */
export async function execOnStore(store: TestStore, sql: string): Promise<void> {
  const { connectionString, directory } = store.options;
  if (connectionString !== undefined) {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
    return;
  }
  const db = await PGlite.create({ dataDir: join(directory ?? "", "pgdata") });
  try {
    await db.exec(sql);
  } finally {
    await db.close();
  }
}
