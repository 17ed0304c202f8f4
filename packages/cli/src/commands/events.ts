import { sleep } from "@lucca-events/core/client";
import { stringOf, type Command, type Values } from "../command.js";
import { API_OPTIONS, clientOptionsOf, withApi } from "../credentials.js";
import { eventJson, eventLine } from "../event-line.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { note, say, sayJson, type CliIo } from "../io.js";
import { createLuccaClient, eventKey, type LuccaPolledEvent } from "../lucca-version.js";

const STATUSES = ["scheduled", "delivered", "failed"] as const;
type Status = (typeof STATUSES)[number];

const LIST_OPTIONS: Command["options"] = {
  status: {
    type: "string",
    placeholder: STATUSES.join("|"),
    description: "only events with this delivery status",
  },
  limit: {
    type: "string",
    placeholder: "n",
    description: "page size (Lucca's maximum is usually 100)",
  },
  json: { type: "boolean", description: "print one JSON object per event (NDJSON)" },
  ...API_OPTIONS,
};

function listOptions(values: Values): { status?: Status; limit?: number } {
  const status = stringOf(values, "status");
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${STATUSES.join(", ")}`);
  }
  const limitText = stringOf(values, "limit");
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1))
    throw new UsageError("--limit must be a whole number ≥ 1");
  return { ...(status ? { status: status as Status } : {}), ...(limit ? { limit } : {}) };
}

function print(io: CliIo, values: Values, polled: LuccaPolledEvent): void {
  if (values.json === true) sayJson(io, eventJson(polled));
  else say(io, eventLine(polled));
}

/** `events list`: every event Lucca keeps (two months), validated. */
export const eventsList: Command = {
  name: "events list",
  summary: "list the events Lucca keeps (two months), each validated",
  usage: "[--status scheduled|delivered|failed] [options]",
  options: LIST_OPTIONS,
  details: ["Each line: occurredAt, topic, id, and valid | unknown topic | invalid (first issue)."],
  async run(values, _positionals, io) {
    const filters = listOptions(values);
    const options = clientOptionsOf(values, io);
    return withApi(io, async () => {
      let count = 0;
      const onPage =
        values.quiet === true
          ? undefined
          : ({ number, items }: { number: number; items: number }) =>
              note(io, `page ${number}: ${items} event(s)`);
      for await (const polled of createLuccaClient(options).events({
        ...filters,
        onPage,
        signal: io.signal,
      })) {
        print(io, values, polled);
        count += 1;
      }
      if (values.quiet !== true) note(io, `${count} event(s)`);
      return EXIT.ok;
    });
  },
};

/** `events tail`: polls the events list and prints the events it had not seen. */
export const eventsTail: Command = {
  name: "events tail",
  summary: "poll the events list and print new events as they arrive (Ctrl-C stops)",
  usage: "[--interval <seconds>] [options]",
  options: {
    interval: {
      type: "string",
      placeholder: "seconds",
      description: "time between polls; default 10",
    },
    "from-start": { type: "boolean", description: "print the events already listed too" },
    "max-events": { type: "string", placeholder: "n", description: "stop after printing n events" },
    ...LIST_OPTIONS,
  },
  details: ["Events are told apart by (source, id), the key Lucca documents for deduplication."],
  async run(values, _positionals, io) {
    const filters = listOptions(values);
    const intervalMs = Number(stringOf(values, "interval") ?? "10") * 1000;
    if (!(intervalMs >= 0)) throw new UsageError("--interval must be a number of seconds");
    const maxText = stringOf(values, "max-events");
    const max = maxText === undefined ? Infinity : Number(maxText);
    if (!(max >= 1)) throw new UsageError("--max-events must be ≥ 1");
    const client = createLuccaClient(clientOptionsOf(values, io));
    const seen = new Set<string>();
    let printed = 0;
    return withApi(io, async () => {
      for (let poll = 1; ; poll++) {
        for await (const polled of client.events({ ...filters, signal: io.signal })) {
          const key = keyOf(polled);
          if (seen.has(key)) continue;
          seen.add(key);
          if (poll === 1 && values["from-start"] !== true) continue;
          print(io, values, polled);
          if (++printed >= max) return EXIT.ok;
        }
        if (poll === 1 && values.quiet !== true)
          note(io, `watching for new events (${seen.size} already listed)`);
        try {
          await sleep(intervalMs, io.signal);
        } catch {
          return EXIT.ok; // Interrupted: a normal way to stop tailing.
        }
      }
    }).catch((error: unknown) => {
      if (io.signal?.aborted) return EXIT.ok;
      throw error;
    });
  },
};

function keyOf(polled: LuccaPolledEvent): string {
  const raw = polled.raw as { id?: unknown; source?: unknown } | null;
  return typeof raw?.id === "string" && typeof raw.source === "string"
    ? eventKey({ id: raw.id, source: raw.source })
    : JSON.stringify(polled.raw);
}
