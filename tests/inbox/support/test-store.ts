import type { OpenInboxOptions } from "@lucca-events/inbox";
import { startPostgres } from "./postgres-cluster.js";
import { tempDir } from "./temp-dir.js";

/** Both stores run every suite that takes this list. */
export const STORES = ["embedded", "postgres"] as const;
export type StoreKind = (typeof STORES)[number];

/** A fresh store: a PGlite directory, or a throwaway PostgreSQL cluster. */
export interface TestStore {
  options: Pick<OpenInboxOptions, "directory" | "connectionString">;
  remove(): Promise<void>;
}

export async function testStore(kind: StoreKind): Promise<TestStore> {
  if (kind === "embedded") {
    const dir = await tempDir();
    return { options: { directory: dir.path }, remove: dir.remove };
  }
  const cluster = await startPostgres();
  return { options: { connectionString: cluster.connectionString }, remove: cluster.stop };
}
