import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { EventValidator } from "@lucca-events/core";
import { DELIVERY_STATUSES, type DeliveryStatus } from "../delivery-row.js";
import type { Inbox } from "../open-inbox.js";
import { serveInboxUi } from "../ui/serve-ui.js";
import { formatDetail, formatList, formatStatus } from "./format.js";
import type { CliValues, InboxCliIo } from "./run-inbox-cli.js";
import { UsageError } from "./usage.js";

const DEFAULT_PACKAGE = "@lucca-events/2024-11-01";
const DEFAULT_UI_PORT = 4780;

/** The commands `runCommand` knows. */
export const COMMANDS = ["status", "list", "show", "retry", "discard", "revalidate", "purge", "ui"];

/** Runs one command on an open inbox; resolves to the exit code. */
export async function runCommand(
  inbox: Inbox,
  command: string,
  args: string[],
  values: CliValues,
  io: InboxCliIo,
): Promise<number> {
  const out = (human: string, data: unknown) =>
    io.stdout.write(values.json === true ? `${JSON.stringify(data, null, 2)}\n` : `${human}\n`);
  switch (command) {
    case "status": {
      const counts = await inbox.status();
      out(formatStatus(counts), counts);
      return 0;
    }
    case "list": {
      const status = values.status as DeliveryStatus | undefined;
      if (status !== undefined && !DELIVERY_STATUSES.includes(status)) {
        throw new UsageError(`unknown status ${status}: one of ${DELIVERY_STATUSES.join(", ")}`);
      }
      const limit = values.limit === undefined ? undefined : Number(values.limit);
      const rows = await inbox.list({ status, topic: values.topic, limit });
      out(formatList(rows), rows);
      return 0;
    }
    case "show": {
      const detail = await inbox.show(keyArgument(command, args));
      out(formatDetail(detail), detail);
      return 0;
    }
    case "retry":
    case "discard": {
      const key = keyArgument(command, args);
      await (command === "retry" ? inbox.retry(key) : inbox.discard(key));
      out(`${command === "retry" ? "queued again" : "discarded"}: ${key}`, { key, done: command });
      return 0;
    }
    case "revalidate": {
      const name = values.package ?? io.env["LUCCA_EVENTS_PACKAGE"] ?? DEFAULT_PACKAGE;
      const { validateEvent } = (await importFromProject(name)) as { validateEvent?: unknown };
      if (typeof validateEvent !== "function") throw new UsageError(`${name} has no validateEvent`);
      const report = await inbox.revalidate(validateEvent as EventValidator<unknown, unknown>);
      out(`checked ${report.checked}, queued ${report.queued}, kept ${report.kept}`, report);
      return 0;
    }
    case "purge": {
      const report = await inbox.purge();
      out(`payloads dropped ${report.payloadsDropped}, rows deleted ${report.rowsDeleted}`, report);
      return 0;
    }
    case "ui":
      return serveUntilStopped(inbox, values, io);
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

// The version package is the user's dependency, not ours: resolve it from the working directory.
async function importFromProject(name: string): Promise<unknown> {
  const resolved = createRequire(join(process.cwd(), "package.json")).resolve(name);
  return import(pathToFileURL(resolved).href);
}

function keyArgument(command: string, args: string[]): string {
  const [key] = args;
  if (key === undefined) throw new UsageError(`${command} needs a delivery key (see list)`);
  return key;
}

async function serveUntilStopped(inbox: Inbox, values: CliValues, io: InboxCliIo): Promise<number> {
  const port = values.port === undefined ? DEFAULT_UI_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a port number`);
  }
  const ui = await serveInboxUi(inbox, { port });
  io.stdout.write(
    values.json === true ? `${JSON.stringify({ url: ui.url })}\n` : `inbox page: ${ui.url}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    io.signal?.addEventListener("abort", stop, { once: true });
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await ui.close();
  return 0;
}
