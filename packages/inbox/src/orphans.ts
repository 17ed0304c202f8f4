import type { PgBoss } from "pg-boss";
import { BOSS_SCHEMA, QUEUE } from "./schema.js";
import type { SqlStore } from "./store/sql-store.js";

/**
 * Fails the jobs a killed process left active, so they are retried now rather than after their
 * timeout. Only for the embedded store, whose directory lock proves no other process runs them
 * (on a server, pg-boss's heartbeat expiry does this). Reads pg-boss's job table by the name
 * `getQueue` reports; the failure counts as an attempt, as the handler may have run.
 */
export async function releaseOrphans(boss: PgBoss, store: SqlStore): Promise<number> {
  const queue = await boss.getQueue(QUEUE);
  if (queue === null) return 0;
  const rows = await store.sql.query<{ id: string }>(
    `SELECT id FROM ${BOSS_SCHEMA}.${queue.table} WHERE name = $1 AND state = 'active'`,
    [QUEUE],
  );
  if (rows.length === 0) return 0;
  await boss.fail(
    QUEUE,
    rows.map((row) => row.id),
    { message: "the process stopped while handling this delivery" },
  );
  return rows.length;
}
