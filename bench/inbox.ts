import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { InboxReceiver } from "@lucca-events/core";
import { signTestRequest } from "@lucca-events/2024-11-01/testing";
import { openInbox, type Inbox } from "@lucca-events/inbox";
import { PgBoss } from "pg-boss";
import { employeeUpdated } from "../tests/inbox/support/events.js";
import { startPostgres } from "../tests/inbox/support/postgres-cluster.js";
import { startReceiver } from "../tests/inbox/support/receiver.js";
import { SECRET } from "../tests/inbox/support/send.js";
import { tempDir } from "../tests/inbox/support/temp-dir.js";
import { postEach } from "./keep-alive-post.js";
import { median, REPETITIONS, spreadOf } from "./measure.js";
import { row, type BenchRow } from "./row.js";

const SECTION = "durable inbox";
const REQUESTS = 600;
const WARM_UP = 100;
const PROCESSED = 3_000;
const WORKER = fileURLToPath(new URL("./inbox-worker.ts", import.meta.url));
// The same receiver, answering 202 without storing: what the inbox adds is the ratio.
const NO_INBOX: InboxReceiver = { accept: async () => ({ duplicate: false }) };

/**
 * HTTP POST → 202 latency (p50, p99) with 1 and 20 deliveries in flight on both stores, ÷ the same
 * receiver without the inbox; acknowledged deliveries per second; processed events per second
 * with 1 and 2 worker processes on PostgreSQL, ÷ pg-boss itself draining no-op jobs in batches of
 * 100 in the same run.
 */
export async function inboxRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = await tempDir("lucca-inbox-bench-");
  const cluster = await startPostgres();
  try {
    const stores = [
      { name: "embedded", open: () => openInbox({ directory: dir.path }) },
      { name: "PostgreSQL", open: () => openInbox({ connectionString: cluster.connectionString }) },
    ];
    for (const store of stores) {
      const inbox = await store.open();
      try {
        rows.push(...(await latencyRows(store.name, inbox)));
      } finally {
        await inbox.close();
      }
    }
    rows.push(...(await processingRows()));
  } finally {
    await cluster.stop();
    await dir.remove();
  }
  return rows;
}

/** A latency figure per store and load, each side the median of REPETITIONS interleaved runs. */
async function latencyRows(store: string, inbox: Inbox): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const inFlight of [1, 20]) {
    const ours: Latencies[] = [];
    const base: Latencies[] = [];
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      ours.push(await postAll(inbox, `${store}-${inFlight}-${repetition}`, inFlight));
      base.push(await postAll(NO_INBOX, `${store}-${inFlight}-${repetition}-base`, inFlight));
    }
    const figure = (
      name: string,
      kind: "ms" | "count",
      pick: (latencies: Latencies) => number,
    ): BenchRow =>
      row(
        SECTION,
        name,
        kind,
        median(ours.map(pick)),
        { name: "same receiver, no inbox", value: median(base.map(pick)) },
        {
          spread: {
            ...spreadOf(ours.map((latencies, n) => pick(latencies) / pick(base[n]!))),
            repetitions: REPETITIONS,
          },
        },
      );
    const label = `POST → 202, ${inFlight} in flight, ${store}`;
    rows.push(
      figure(`${label}: p50`, "ms", (latencies) => latencies.p50),
      figure(`${label}: p99`, "ms", (latencies) => latencies.p99),
    );
    if (inFlight === 20) {
      rows.push(
        figure(`acknowledged deliveries/s, ${store}`, "count", (latencies) => latencies.perSecond),
      );
    }
  }
  return rows;
}

interface Latencies {
  p50: number;
  p99: number;
  perSecond: number;
}

/**
 * POSTs REQUESTS signed deliveries through a real HTTP receiver, `inFlight` at a time, after
 * WARM_UP untimed ones (the first requests of a process pay for compiling its code paths and,
 * on the store, for planning its statements: a p99 over 600 would otherwise be those).
 */
async function postAll(inbox: InboxReceiver, tag: string, inFlight: number): Promise<Latencies> {
  const receiver = await startReceiver(inbox, SECRET);
  try {
    const deliveries = await Promise.all(
      Array.from({ length: WARM_UP + REQUESTS }, async (_, n) => {
        const event = employeeUpdated(`bench-${tag}-${n}`, String(n % 100), "2026-01-01T10:00:00Z");
        const signed = await signTestRequest(event, SECRET, { url: receiver.url });
        return { headers: Object.fromEntries(signed.headers), body: await signed.text() };
      }),
    );
    await postEach(receiver.url, deliveries.slice(0, WARM_UP), inFlight);
    const started = performance.now();
    const times = await postEach(receiver.url, deliveries.slice(WARM_UP), inFlight);
    const elapsed = performance.now() - started;
    return {
      p50: median(times),
      p99: percentile(times, 0.99),
      perSecond: (REQUESTS / elapsed) * 1_000,
    };
  } finally {
    await receiver.close();
  }
}

// Each drain gets a fresh cluster, so the worker counts compare the same table. A second drain on
// a database that already held a drained backlog used to run 10-15× slower: pg-boss's
// key_strict_fifo fetch was planned from statistics taken while the queue was empty, a nested loop
// costing O(pending²) per fetch. A worker now analyzes the job table when it starts over a backlog
// and when its fetches start coming back full (packages/inbox/src/job-statistics.ts).
async function processingRows(): Promise<BenchRow[]> {
  const fresh = async <T>(measure: (connectionString: string) => Promise<T>): Promise<T> => {
    const cluster = await startPostgres();
    try {
      return await measure(cluster.connectionString);
    } finally {
      await cluster.stop();
    }
  };
  // Interleaved: each repetition drains with the engine alone, then with 1 and 2 workers.
  const engine: number[] = [];
  const byWorkers: Record<1 | 2, number[]> = { 1: [], 2: [] };
  for (let repetition = 0; repetition < REPETITIONS; repetition++) {
    engine.push(await fresh(rawEngineRate));
    for (const workers of [1, 2] as const) {
      byWorkers[workers].push(
        await fresh((connectionString) => processedRate(connectionString, workers)),
      );
    }
  }
  return ([1, 2] as const).map((workers) =>
    row(
      SECTION,
      `processed events/s, ${workers} worker(s), PostgreSQL`,
      "count",
      median(byWorkers[workers]),
      { name: "pg-boss alone, no-op jobs, batch 100", value: median(engine) },
      {
        spread: {
          ...spreadOf(byWorkers[workers].map((rate, n) => rate / engine[n]!)),
          repetitions: REPETITIONS,
        },
      },
    ),
  );
}

/** Fills the inbox with PROCESSED deliveries, then times `workers` processes draining them. */
async function processedRate(connectionString: string, workers: number): Promise<number> {
  const inbox = await openInbox({ connectionString });
  try {
    const before = (await inbox.status()).done;
    await Promise.all(
      Array.from({ length: 10 }, async (_, lane) => {
        for (let n = lane; n < PROCESSED; n += 10) {
          const event = employeeUpdated(
            `drain-${workers}-${n}`,
            `w${workers}-${n}`,
            "2026-01-01T10:00:00Z",
          );
          const rawBody = JSON.stringify(event);
          await inbox.accept({
            rawBody,
            timestamp: "",
            verdict: "valid",
            issues: [],
            envelope: {
              id: event.id,
              source: event.source,
              topic: event.topic,
              resource: { url: event.data.url },
            },
          });
        }
      }),
    );
    const children = await Promise.all(
      Array.from({ length: workers }, () => startWorker(connectionString)),
    );
    const drained = allProcessed(children);
    const started = performance.now();
    for (const child of children) child.stdin?.write("go\n");
    await drained;
    const elapsed = performance.now() - started;
    await Promise.all(children.map((child) => stop(child)));
    if ((await inbox.status()).done - before < PROCESSED) throw new Error("not all processed");
    return (PROCESSED / elapsed) * 1_000;
  } finally {
    await inbox.close();
  }
}

/** pg-boss on its own: PROCESSED no-op jobs drained by one worker in batches of 100. */
async function rawEngineRate(connectionString: string): Promise<number> {
  const boss = new PgBoss({ connectionString, schema: "bench_engine", schedule: false });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    await boss.createQueue("noop");
    await boss.insert(
      "noop",
      Array.from({ length: PROCESSED }, (_, n) => ({ data: { n } })),
    );
    let done = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      void boss.work(
        "noop",
        { batchSize: 100, pollingIntervalSeconds: 0.5, burstWhenBatchFull: true },
        async (jobs) => {
          done += jobs.length;
          if (done >= PROCESSED) resolve();
        },
      );
    });
    return (PROCESSED / (performance.now() - started)) * 1_000;
  } finally {
    await boss.stop({ graceful: false });
  }
}

async function startWorker(connectionString: string) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
    env: { ...process.env, INBOX_CONNECTION: connectionString },
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", () => reject(new Error("bench worker exited before ready")));
  });
  return child;
}

/** Resolves once the workers' "processed <n>" counts add up to PROCESSED. */
function allProcessed(children: ReturnType<typeof spawn>[]): Promise<void> {
  const counts = children.map(() => 0);
  return new Promise((resolve) => {
    children.forEach((child, n) => {
      let pending = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        const lines = (pending + chunk.toString()).split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          if (line.startsWith("processed ")) counts[n] = Number(line.slice("processed ".length));
        }
        if (counts.reduce((sum, count) => sum + count, 0) >= PROCESSED) resolve();
      });
    });
  });
}

async function stop(child: ReturnType<typeof spawn>): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
