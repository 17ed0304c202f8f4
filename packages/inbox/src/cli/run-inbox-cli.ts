import { parseArgs } from "node:util";
import { InboxError } from "../inbox-error.js";
import { openInbox, type Inbox, type OpenInboxOptions } from "../open-inbox.js";
import { COMMANDS, runCommand } from "./commands.js";
import { USAGE, UsageError } from "./usage.js";

/** Where the CLI writes and what it reads; `process` fits. */
export interface InboxCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Ends `ui` (SIGINT and SIGTERM do too). */
  signal?: AbortSignal;
}

const OPTIONS = {
  directory: { type: "string" },
  connection: { type: "string" },
  status: { type: "string" },
  topic: { type: "string" },
  limit: { type: "string" },
  package: { type: "string" },
  port: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parsed arguments, as the commands read them. */
export type CliValues = ReturnType<typeof parse>["values"];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/**
 * Runs `lucca-events inbox <argv…>` and resolves to the exit code: 0 done, 1 failed (a locked
 * inbox, an unknown key), 2 bad usage.
 */
export async function runInboxCli(argv: string[], io: InboxCliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help === true || command === undefined || command === "help") {
    io.stdout.write(USAGE);
    return command === undefined && parsed.values.help !== true ? 2 : 0;
  }
  if (!COMMANDS.includes(command)) {
    io.stderr.write(`unknown command ${command}\n\n${USAGE}`);
    return 2;
  }
  let inbox: Inbox | undefined;
  try {
    inbox = await openInbox(storeOptions(parsed.values, io.env));
    return await runCommand(inbox, command, rest, parsed.values, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = error instanceof InboxError ? error.message : String(error);
    io.stderr.write(`lucca-events inbox: ${message}\n`);
    return 1;
  } finally {
    await inbox?.close();
  }
}

function storeOptions(values: CliValues, env: InboxCliIo["env"]): OpenInboxOptions {
  const connectionString = values.connection ?? env["LUCCA_INBOX_DATABASE_URL"];
  if (connectionString !== undefined && values.directory === undefined) return { connectionString };
  return { directory: values.directory ?? env["LUCCA_INBOX_DIRECTORY"] ?? ".lucca-inbox" };
}
