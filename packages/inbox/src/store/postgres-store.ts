import type { Db } from "pg-boss";
import { InboxError } from "../inbox-error.js";
import { sqlOf, type SqlStore } from "./sql-store.js";

/**
 * The server store: pg-boss's own connection pool (node-postgres), shared by our statements, so a
 * PostgreSQL server needs no second driver. Transactions pin one pooled connection.
 */
export function postgresStore(db: Db): SqlStore {
  const begin = db.beginTransaction?.bind(db);
  if (begin === undefined) {
    throw new InboxError("not_supported", "pg-boss's database has no transactions");
  }
  return {
    kind: "postgres",
    sql: sqlOf(db),
    async transaction(fn) {
      const handle = await begin();
      try {
        const result = await fn({ ...sqlOf(handle.db), boss: handle.db });
        await handle.commit();
        return result;
      } catch (error) {
        await handle.rollback();
        throw error;
      }
    },
    // pg-boss owns the pool and ends it when it stops.
    close: async () => undefined,
  };
}
