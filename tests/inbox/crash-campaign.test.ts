import { join } from "node:path";
import { openInbox } from "@lucca-events/inbox";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { planDeliveries } from "./campaign/deliveries.js";
import { checkEffects, readEffects, type Effect } from "./campaign/effects.js";
import { killHard, startInboxProcess, stopGracefully } from "./campaign/processes.js";
import type { InboxProcess } from "./campaign/processes.js";
import { sendAll } from "./campaign/sender.js";
import { keyOf } from "./support/events.js";
import { freePort } from "./support/free-port.js";
import { startPostgres, type PostgresCluster } from "./support/postgres-cluster.js";
import { tempDir } from "./support/temp-dir.js";
import { until } from "./support/until.js";

// The campaign, on every `pnpm test`: 5,000 deliveries per variant, 6 kills each;
// INBOX_CAMPAIGN_DELIVERIES sets another count for a longer or a quicker look.
const DELIVERIES = Number(process.env["INBOX_CAMPAIGN_DELIVERIES"] ?? 5_000);
const KILLS = 6;
const CAMPAIGN_TIMEOUT = 600_000;

const VARIANTS = [
  { name: "embedded", store: "embedded", transactional: false },
  { name: "postgres", store: "postgres", transactional: false },
  { name: "postgres, handlers in the job's transaction", store: "postgres", transactional: true },
] as const;

describe.each(VARIANTS)("crash campaign: $name", ({ store, transactional }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  }, CAMPAIGN_TIMEOUT);

  it(
    `loses no acknowledged event and repeats a handler only when a kill fell inside it`,
    async () => {
      const dir = await tempDir("lucca-inbox-campaign-");
      cleanups.push(dir.remove);
      let cluster: PostgresCluster | undefined;
      let client: pg.Client | undefined;
      if (store === "postgres") {
        cluster = await startPostgres();
        cleanups.push(cluster.stop);
        client = new pg.Client({ connectionString: cluster.connectionString });
        await client.connect();
        cleanups.push(() => client?.end() ?? Promise.resolve());
        await client.query(
          "CREATE TABLE campaign_effect (key text, attempt int, resource text, occurred_at text, n serial)",
        );
      }
      const effectsFile = join(dir.path, "effects.jsonl");
      const storeEnv: Record<string, string> =
        cluster === undefined
          ? { INBOX_DIRECTORY: join(dir.path, "inbox") }
          : { INBOX_CONNECTION: cluster.connectionString };
      const port = await freePort();
      const env = {
        ...storeEnv,
        RECEIVER_PORT: String(port),
        WORK: "1",
        TRANSACTIONAL: transactional ? "1" : "0",
        EFFECTS_FILE: effectsFile,
      };
      let running: InboxProcess = await startInboxProcess(env);
      cleanups.push(async () => {
        running.child.kill("SIGKILL");
        await running.exited;
      });

      const plan = planDeliveries(DELIVERIES);
      const random = Math.random;
      // Kill points spread over the load, each at a random place within its stretch.
      const killAt = Array.from({ length: KILLS }, (_, n) =>
        Math.floor(((n + 0.2 + 0.6 * random()) * plan.length) / (KILLS + 1)),
      );
      let kills = 0;
      let restarting: Promise<void> | undefined;
      const report = await sendAll([`http://127.0.0.1:${port}/`], plan, 8, async (accepted) => {
        if (kills < KILLS && accepted >= (killAt[kills] ?? Infinity) && restarting === undefined) {
          kills++;
          restarting = (async () => {
            await killHard(running);
            running = await startInboxProcess(env);
          })();
          await restarting;
          restarting = undefined;
        }
      });
      expect(kills).toBe(KILLS);
      expect(report.accepted).toBe(plan.length);

      // Wait for the backlog to drain (jobs a kill left active come back through their retry).
      await until(async () => {
        const counts = await fetch(`http://127.0.0.1:${port + 1}/`).then(
          (response) => response.json() as Promise<Record<string, number>>,
          () => undefined,
        );
        return counts !== undefined && counts["pending"] === 0 && counts["failed"] === 0;
      }, CAMPAIGN_TIMEOUT);
      await stopGracefully(running);

      const inbox = await openInbox(
        cluster === undefined
          ? { directory: storeEnv["INBOX_DIRECTORY"] }
          : { connectionString: cluster.connectionString },
      );
      const statuses = new Map<string, string>();
      try {
        for (const id of report.ackedIds) {
          statuses.set(id, (await inbox.show(keyOf(id))).status);
        }
        const counts = await inbox.status();
        // Redeliveries were stored once: one row per distinct event.
        expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(report.ackedIds.size);
      } finally {
        await inbox.close();
      }
      const lost = [...statuses].filter(
        ([, status]) => status !== "done" && status !== "superseded",
      );
      expect(lost).toEqual([]);

      const effects: Effect[] =
        !transactional || client === undefined
          ? await readEffects(effectsFile)
          : (
              await client.query<Effect>(
                `SELECT key, attempt, resource, occurred_at AS "occurredAt" FROM campaign_effect ORDER BY n`,
              )
            ).rows;
      const findings = checkEffects(effects);
      const done = [...statuses].filter(([, status]) => status === "done").map(([id]) => keyOf(id));
      const effectKeys = new Set(effects.map((effect) => effect.key));
      expect(done.filter((key) => !effectKeys.has(key))).toEqual([]);
      expect(findings.repeatsAsNew).toEqual([]);
      expect(findings.outOfOrder).toEqual([]);
      if (transactional) expect(findings.repeated).toEqual([]);
      // At most the deliveries in hand at each kill can repeat.
      expect(findings.repeated.length).toBeLessThanOrEqual(KILLS * 20);
      const superseded = [...statuses.values()].filter((status) => status === "superseded").length;
      console.log(
        `crash campaign (${store}${transactional ? ", transactional" : ""}): ${plan.length} deliveries, ` +
          `${report.accepted} × 202, ${report.retried} resent after a failure, ${kills} SIGKILLs, ` +
          `${report.ackedIds.size} distinct events, 0 lost, ${superseded} superseded, ` +
          `${findings.repeated.length} handler repeats (a kill between side effect and completion)`,
      );
    },
    CAMPAIGN_TIMEOUT,
  );
});
