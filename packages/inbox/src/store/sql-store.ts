import type { Db } from "pg-boss";

/** A SQL session: the store's own tables and pg-boss's, on PGlite or a PostgreSQL server. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** A transaction: our statements and pg-boss's (`send(…, { db: tx.boss })`) commit together. */
export interface SqlTransaction extends Sql {
  boss: Db;
}

/** What the inbox needs from its database, whichever it is. */
export interface SqlStore {
  kind: "embedded" | "postgres";
  sql: Sql;
  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Wraps pg-boss's database interface as our `Sql`. */
export function sqlOf(db: Db): Sql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const result = await db.executeSql(text, params);
      return result.rows as T[];
    },
  };
}
