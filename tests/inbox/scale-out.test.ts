import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planDeliveries } from "./campaign/deliveries.js";
import { checkEffects, readEffects } from "./campaign/effects.js";
import { startInboxProcess, stopGracefully, type InboxProcess } from "./campaign/processes.js";
import { sendAll } from "./campaign/sender.js";
import { freePort } from "./support/free-port.js";
import { startPostgres } from "./support/postgres-cluster.js";
import { tempDir } from "./support/temp-dir.js";
import { until } from "./support/until.js";

const DELIVERIES = Number(process.env["INBOX_SCALE_OUT_DELIVERIES"] ?? 3_000);
const TIMEOUT = 600_000;

describe("scale-out on one PostgreSQL server: two receivers, two workers", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }, TIMEOUT);

  it(
    "processes each event once, never two of one resource at a time, in order",
    async () => {
      const dir = await tempDir("lucca-inbox-scale-");
      cleanups.push(dir.remove);
      const cluster = await startPostgres();
      cleanups.push(cluster.stop);
      const effectsFile = join(dir.path, "effects.jsonl");
      const base = { INBOX_CONNECTION: cluster.connectionString, EFFECTS_FILE: effectsFile };
      const ports = [await freePort(), await freePort()];
      const processes: InboxProcess[] = [];
      cleanups.push(async () => {
        for (const running of processes) await stopGracefully(running);
      });
      // Started one after the other: the first runs the migrations the others then find done.
      for (const port of ports) {
        processes.push(await startInboxProcess({ ...base, RECEIVER_PORT: String(port) }));
      }

      const plan = planDeliveries(DELIVERIES, 7);
      const started = performance.now();
      const report = await sendAll(
        ports.map((port) => `http://127.0.0.1:${port}/`),
        plan,
        16,
      );
      const sentMs = performance.now() - started;
      // Workers start on the backlog, so their rate is the drain rate, not the sending rate.
      const workers = [0, 1].map(() => startInboxProcess({ ...base, WORK: "1" }));
      processes.push(...(await Promise.all(workers)));
      await until(async () => {
        const counts = (await fetch(`http://127.0.0.1:${(ports[0] ?? 0) + 1}/`).then((response) =>
          response.json(),
        )) as Record<string, number>;
        return counts["pending"] === 0 && counts["failed"] === 0;
      }, TIMEOUT);

      const effects = await readEffects(effectsFile);
      const findings = checkEffects(effects);
      expect(findings.repeated).toEqual([]);
      expect(findings.outOfOrder).toEqual([]);
      const byResource = new Map<string, typeof effects>();
      for (const effect of effects) {
        byResource.set(effect.resource, [...(byResource.get(effect.resource) ?? []), effect]);
      }
      const overlaps = [...byResource.values()].flatMap((calls) =>
        calls
          .sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
          .filter((call, n) => n > 0 && (call.start ?? 0) < (calls[n - 1]?.end ?? 0)),
      );
      expect(overlaps).toEqual([]);
      const pids = new Set(effects.map((effect) => effect.pid));
      expect(pids.size).toBe(2);
      const first = Math.min(...effects.map((effect) => effect.start ?? Infinity));
      const last = Math.max(...effects.map((effect) => effect.end ?? 0));
      console.log(
        `scale-out: ${report.accepted} deliveries acknowledged by 2 receivers in ${Math.round(sentMs)} ms ` +
          `(${Math.round((report.accepted / sentMs) * 1000)}/s), ${effects.length} processed by 2 workers ` +
          `draining the backlog at ${Math.round((effects.length / (last - first)) * 1000)}/s, 0 concurrent per resource`,
      );
    },
    TIMEOUT,
  );
});
