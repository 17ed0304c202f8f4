import type { ValidationIssue } from "../errors/lucca-events-errors.js";

/**
 * The contract between `processInbox` (here, version-agnostic, typed by a version package) and a
 * durable store (`@lucca-events/inbox`, or a Cloudflare Queue): the store owns jobs, retries,
 * ordering and statuses; `processInbox` turns each stored delivery into a typed event and calls
 * the user's handler.
 */
export interface InboxWorkSource {
  /** Starts calling `process` for stored deliveries until the returned worker is stopped. */
  work(process: ProcessStoredDelivery, options: InboxWorkOptions): Promise<InboxWorker>;
}

/** One stored delivery, as the store hands it to `processInbox`. */
export interface StoredDelivery {
  /** The dedupe key (`eventKey`), or a digest of the body when it has no `source` and `id`. */
  key: string;
  /** The signed body exactly as received (or the event's JSON, when caught up from the API). */
  rawBody: string;
}

/** What a handler receives beside the event. */
export interface InboxJobContext {
  /** 1 on the first try, then 2, 3… on retries (a crash mid-handler also counts as a try). */
  attempt: number;
  /** Aborted when the job times out or the worker stops: long handlers should watch it. */
  signal: AbortSignal;
  /** The delivery's dedupe key: make side effects idempotent on it. */
  key: string;
  /** True when a newer event about the same resource was processed already. */
  superseded: boolean;
  /**
   * With `transactional: true` on a PostgreSQL server: the job's transaction
   * (`executeSql(text, values)`); writes through it commit with the job's completion.
   */
  db?: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
}

/** How a stored delivery ended, as `processInbox` reports it to the store. */
export type ProcessOutcome =
  | { status: "done"; handled: boolean }
  | { status: "unknown"; issues: ValidationIssue[] }
  | { status: "invalid"; reason: string; issues: ValidationIssue[] };

/** Called by the store for each delivery; a rejection is a failed attempt (retried). */
export type ProcessStoredDelivery = (
  delivery: StoredDelivery,
  context: InboxJobContext,
) => Promise<ProcessOutcome>;

/** Options the store applies to its work loop. */
export interface InboxWorkOptions {
  /** Deliveries processed at once (each about a different resource). Default 10. */
  concurrency?: number;
  /** Also call handlers for superseded events (with `ctx.superseded`); skipped by default. */
  processSuperseded?: boolean;
  /** Run each handler inside the job's transaction (PostgreSQL server only). */
  transactional?: boolean;
}

/** A running work loop. */
export interface InboxWorker {
  /** Stops fetching, waits for the deliveries in hand, and resolves. */
  stop(): Promise<void>;
}
