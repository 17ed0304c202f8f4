import type {
  InboxReceiver,
  InboxWorker,
  InboxWorkOptions,
  InboxWorkSource,
  ProcessStoredDelivery,
  VerifiedDelivery,
} from "@lucca-events/core";
import { PgBoss } from "pg-boss";
import { acceptDelivery, deliveryWriter, type InboxParts } from "./accept.js";
import { discardDelivery, retryDelivery } from "./admin.js";
import { catchUp, type CatchUpClient, type CatchUpReport } from "./catch-up.js";
import { InboxError } from "./inbox-error.js";
import { jobStatistics } from "./job-statistics.js";
import { metricEmitter, type InboxMetricListener } from "./metrics.js";
import { releaseOrphans } from "./orphans.js";
import { listDeliveries, showDelivery, statusCounts } from "./queries.js";
import type { DeliveryDetail, DeliverySummary, ListOptions, StatusCounts } from "./queries.js";
import { DEFAULT_RETENTION, purge, type PurgeOptions, type PurgeReport } from "./retention.js";
import type { RetentionOptions } from "./retention.js";
import { revalidate, type RevalidateReport, type Revalidator } from "./revalidate.js";
import { BOSS_SCHEMA, DEAD_LETTER_QUEUE, migrate, QUEUE } from "./schema.js";
import { openEmbeddedStore } from "./store/pglite-store.js";
import { postgresStore } from "./store/postgres-store.js";
import type { SqlStore } from "./store/sql-store.js";
import { startWorker } from "./worker.js";

/** Where the embedded inbox lives when no option says otherwise. */
export const DEFAULT_DIRECTORY = ".lucca-inbox";

/** Options of {@link openInbox}. */
export interface OpenInboxOptions {
  /** The embedded store's directory (PGlite in process). Default `./.lucca-inbox`. */
  directory?: string;
  /** A PostgreSQL server instead, shared by many receivers and workers. */
  connectionString?: string;
  /** Tries per delivery before it is dead-lettered (1 + retries). Default 6. */
  maxAttempts?: number;
  /** First retry delay in seconds, doubled each retry with jitter (pg-boss backoff). Default 2. */
  retryDelaySeconds?: number;
  /** Longest delay between retries, in seconds. Default 600. */
  retryDelayMaxSeconds?: number;
  /** How long one handler may run before its attempt fails, in seconds. Default 900. */
  jobTimeoutSeconds?: number;
  /** How long a PostgreSQL worker may go silent before its jobs are retried elsewhere. Default 10. */
  heartbeatSeconds?: number;
  /** Dedupe keys and payloads kept for how long. */
  retention?: RetentionOptions;
  /** Called with each metric (stored, duplicate, processed, retried, dead_lettered). */
  onMetric?: InboxMetricListener;
}

/** A durable inbox: hand it to the webhook handler (`inbox`) and to `processInbox`. */
export interface Inbox extends InboxReceiver, InboxWorkSource {
  /** `embedded` (PGlite) or `postgres` (a server). */
  readonly kind: "embedded" | "postgres";
  accept(delivery: VerifiedDelivery): Promise<{ duplicate: boolean }>;
  work(process: ProcessStoredDelivery, options: InboxWorkOptions): Promise<InboxWorker>;
  /** Counts per status. */
  status(): Promise<StatusCounts>;
  /** Deliveries, newest first, filtered by status and topic. */
  list(options?: ListOptions): Promise<DeliverySummary[]>;
  /** One delivery with its payload; throws `not_found`. */
  show(key: string): Promise<DeliveryDetail>;
  /** Queues a delivery again (a dead one, an invalid one after a fix…). */
  retry(key: string): Promise<void>;
  /** Gives up on a delivery: it is never processed, and its resource's later events proceed. */
  discard(key: string): Promise<void>;
  /** Re-checks invalid and unknown deliveries with a (newer) version's validator. */
  revalidate(validateEvent: Revalidator): Promise<RevalidateReport>;
  /** Stores whatever `GET /lucca-api/events` has that the inbox lacks (same dedupe). */
  catchUp(client: CatchUpClient, options?: { status?: string }): Promise<CatchUpReport>;
  /** Drops payloads and then dedupe keys past their retention. */
  purge(options?: PurgeOptions): Promise<PurgeReport>;
  /** Stops workers and closes the store (and the directory lock). */
  close(): Promise<void>;
}

/**
 * Opens the inbox: embedded (PGlite in `directory`, no server) by default, or on a PostgreSQL
 * server with `connectionString`. The code using it is the same either way.
 *
 * @example
 * const inbox = await openInbox();
 * const handler = createWebhookHandler({ secret, inbox });
 * await processInbox(inbox, { on: { "employee.created": async (event) => save(event.data) } });
 */
export async function openInbox(options: OpenInboxOptions = {}): Promise<Inbox> {
  const maxAttempts = options.maxAttempts ?? 6;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new InboxError("invalid_options", "maxAttempts must be an integer of at least 1");
  }
  const retention = { ...DEFAULT_RETENTION, ...options.retention };
  if (retention.dedupeDays < 62) {
    // Lucca keeps events two months and retries within them: a shorter memory lets a redelivery in.
    throw new InboxError("invalid_options", "retention.dedupeDays must be at least 62");
  }
  const embedded =
    options.connectionString === undefined
      ? await openEmbeddedStore(options.directory ?? DEFAULT_DIRECTORY)
      : undefined;
  const boss = new PgBoss({
    ...(embedded === undefined
      ? { connectionString: options.connectionString }
      : { db: embedded.bossDb, backend: "pglite" as const }),
    schema: BOSS_SCHEMA,
    useListenNotify: true,
    superviseIntervalSeconds: 5,
    schedule: false,
  });
  boss.on("error", () => undefined);
  let store: SqlStore;
  try {
    await boss.start();
    store = embedded ?? postgresStore(boss.getDb());
    await migrate(store);
    await createQueues(boss, {
      retryLimit: maxAttempts - 1,
      retryDelay: options.retryDelaySeconds ?? 2,
      retryBackoff: true,
      retryDelayMax: options.retryDelayMaxSeconds ?? 600,
      expireInSeconds: options.jobTimeoutSeconds ?? 900,
      // Queued jobs outlive Lucca's two months of redelivery, so a long outage loses none.
      retentionSeconds: retention.dedupeDays * 86_400,
      ...(embedded === undefined ? { heartbeatSeconds: options.heartbeatSeconds ?? 10 } : {}),
    });
    // One process holds the embedded directory: an active job there is one a killed process left.
    if (embedded !== undefined) await releaseOrphans(boss, store);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await embedded?.close();
    throw error;
  }
  const statistics = jobStatistics(store.sql);
  const parts: InboxParts = {
    store,
    boss,
    emit: metricEmitter(options.onMetric),
    statistics,
    write: deliveryWriter(store, boss),
  };
  const workers = new Set<InboxWorker>();
  return {
    kind: store.kind,
    accept: (delivery) => acceptDelivery(parts, delivery, "webhook"),
    async work(process, workOptions) {
      const worker = await startWorker(parts, maxAttempts - 1, process, workOptions);
      workers.add(worker);
      return {
        async stop() {
          workers.delete(worker);
          await worker.stop();
        },
      };
    },
    status: () => statusCounts(store),
    list: (listOptions) => listDeliveries(store, listOptions),
    show: (key) => showDelivery(store, key),
    retry: (key) => retryDelivery(parts, key),
    discard: (key) => discardDelivery(parts, key),
    revalidate: (validateEvent) => revalidate(parts, validateEvent),
    catchUp: (client, catchUpOptions) => catchUp(parts, client, catchUpOptions),
    purge: (purgeOptions) => purge(store, retention, purgeOptions),
    async close() {
      await Promise.all([...workers].map((worker) => worker.stop()));
      await parts.statistics.settled();
      await boss.stop({ graceful: true, close: true, timeout: 5_000 });
      await store.close();
    },
  };
}

async function createQueues(
  boss: PgBoss,
  queue: Parameters<PgBoss["createQueue"]>[1] & object,
): Promise<void> {
  await ensureQueue(boss, DEAD_LETTER_QUEUE, { retentionSeconds: queue.retentionSeconds });
  await ensureQueue(boss, QUEUE, {
    ...queue,
    policy: "key_strict_fifo",
    deadLetter: DEAD_LETTER_QUEUE,
    notify: true,
  });
}

// createQueue is not idempotent; two processes starting together may race, so re-check on error.
async function ensureQueue(
  boss: PgBoss,
  name: string,
  options: Parameters<PgBoss["createQueue"]>[1],
): Promise<void> {
  if ((await boss.getQueue(name)) !== null) return;
  try {
    await boss.createQueue(name, options);
  } catch (error) {
    if ((await boss.getQueue(name)) === null) throw error;
  }
}
