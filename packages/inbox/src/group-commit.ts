// Group commit: while one transaction is being written, the deliveries that arrive wait and are
// then written together in the next one. A commit costs about the same for one row as for fifty
// (PGlite runs one transaction at a time, and on a server the round trips and the WAL flush
// dominate), so under load each delivery waits for at most one commit in flight plus its own,
// instead of queueing behind one commit per delivery. Nothing is acknowledged early: each promise
// settles only after the COMMIT that stored its row.

/** What the writer stores: rows with a key and the resource whose order they keep. */
export interface GroupRow {
  key: string;
  resource: string;
}

/** Writes rows in one transaction; resolves with the keys it inserted (the others existed). */
export type WriteRows<R extends GroupRow> = (rows: readonly R[]) => Promise<ReadonlySet<string>>;

/** Rows in one transaction at most. */
const MOST_ROWS = 200;

interface Waiting<R> {
  row: R;
  resolve(inserted: boolean): void;
  reject(error: unknown): void;
}

/**
 * Returns `write(row)`, which resolves with whether the row was inserted (false: a duplicate),
 * once it is committed. A batch holds one row per resource: the queue orders jobs of one
 * transaction by id, not by arrival, so a second event about a resource waits for the next
 * transaction. A second delivery of a key already in the batch is a duplicate, answered with the
 * batch. When a batch fails, its rows are written again one by one, so one row the store refuses
 * fails alone, and a store that is down rejects each of them.
 */
export function groupCommit<R extends GroupRow>(
  writeRows: WriteRows<R>,
): (row: R) => Promise<boolean> {
  let waiting: Waiting<R>[] = [];
  let writing = false;

  const drain = async () => {
    writing = true;
    while (waiting.length > 0) {
      await joinOnTheirWay(() => waiting.length);
      const { batch, copies, rest } = nextBatch(waiting);
      waiting = rest;
      await writeBatch(writeRows, batch, copies);
    }
    writing = false;
  };

  return (row) =>
    new Promise<boolean>((resolve, reject) => {
      waiting.push({ row, resolve, reject });
      if (!writing) void drain();
    });
}

/** Event-loop turns a commit waits, at most, for deliveries still on their way to join it. */
const MOST_TURNS = 10;

/**
 * Yields to the event loop while deliveries keep joining. Without it, PGlite (which computes on
 * this thread) starves the requests it competes with, and each transaction holds one delivery:
 * measured here over HTTP at 20 in flight, 1 delivery per transaction and 5.3 ms of CPU per
 * delivery without, 17 and 2.1 ms with (the receiver without an inbox: 1.8 ms).
 */
async function joinOnTheirWay(count: () => number): Promise<void> {
  for (let turn = 0; turn < MOST_TURNS; turn++) {
    const before = count();
    await new Promise((resolve) => setImmediate(resolve));
    if (count() === before) return;
  }
}

/** The next batch in arrival order, the same keys' later deliveries, and what waits on. */
function nextBatch<R extends GroupRow>(waiting: readonly Waiting<R>[]) {
  const batch: Waiting<R>[] = [];
  const copies: Waiting<R>[] = [];
  const rest: Waiting<R>[] = [];
  const keys = new Set<string>();
  const resources = new Set<string>();
  for (const entry of waiting) {
    if (keys.has(entry.row.key)) copies.push(entry);
    else if (batch.length >= MOST_ROWS || resources.has(entry.row.resource)) rest.push(entry);
    else {
      batch.push(entry);
      keys.add(entry.row.key);
      resources.add(entry.row.resource);
    }
  }
  return { batch, copies, rest };
}

async function writeBatch<R extends GroupRow>(
  writeRows: WriteRows<R>,
  batch: readonly Waiting<R>[],
  copies: readonly Waiting<R>[],
): Promise<void> {
  try {
    const inserted = await writeRows(batch.map((entry) => entry.row));
    for (const entry of batch) entry.resolve(inserted.has(entry.row.key));
    for (const entry of copies) entry.resolve(false);
    return;
  } catch (error) {
    if (batch.length === 1) {
      for (const entry of [...batch, ...copies]) entry.reject(error);
      return;
    }
  }
  for (const entry of batch) {
    const own = copies.filter((copy) => copy.row.key === entry.row.key);
    await writeBatch(writeRows, [entry], own);
  }
}
