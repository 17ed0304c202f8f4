import { helpOf, runCommand, type Command } from "./command.js";
import { challenge } from "./commands/challenge.js";
import { endpointsCreate, endpointsDelete, endpointsList } from "./commands/endpoints.js";
import { eventsList, eventsTail } from "./commands/events.js";
import { runInbox } from "./commands/inbox.js";
import { send } from "./commands/send.js";
import { verify } from "./commands/verify.js";
import { EXIT } from "./exit-codes.js";
import { say, type CliIo } from "./io.js";
import { API_VERSION } from "./lucca-version.js";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  endpointsCreate,
  endpointsList,
  endpointsDelete,
  eventsList,
  eventsTail,
  send,
  challenge,
  verify,
];

/** Seams for tests: how `inbox` loads its package. */
export interface RunCliOptions {
  importInbox?: () => Promise<unknown>;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), "inbox …".length) + 2;
  return [
    `lucca-events — Lucca webhooks and events from the command line (API version ${API_VERSION})`,
    "",
    "usage: lucca-events <command> [options]    lucca-events <command> --help",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)} ${c.summary}`),
    `  ${"inbox …".padEnd(width)} the durable inbox's commands (package @lucca-events/inbox)`,
    "",
    "environment: LUCCA_BASE_URL, LUCCA_CLIENT_ID, LUCCA_CLIENT_SECRET, LUCCA_TOKEN_URL, LUCCA_WEBHOOK_SECRET",
    "exit codes: 0 ok · 1 check failed (does not verify, not delivered, not echoed) · 2 usage ·",
    "            3 Lucca API error · 70 internal error · 130 interrupted",
  ].join("\n");
}

/**
 * Runs `lucca-events` with `argv` (the arguments after the program name) and resolves the exit
 * code; it never calls `process.exit`, so tests and other tools can embed it.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  options: RunCliOptions = {},
): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    say(io, mainHelp());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "inbox") return runInbox(argv.slice(1), io, options.importInbox);
  const command =
    COMMANDS.find((c) => c.name === `${first} ${second}`) ?? COMMANDS.find((c) => c.name === first);
  if (command === undefined) {
    const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
    io.stderr.write(
      group.length > 0
        ? `lucca-events ${first}: expects one of ${group.map((c) => c.name.split(" ")[1]).join(", ")}\n`
        : `lucca-events: unknown command ${first}; run "lucca-events --help"\n`,
    );
    if (group.length > 0 && (second === "--help" || second === "-h")) {
      say(io, group.map(helpOf).join("\n\n"));
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  return runCommand(command, argv.slice(command.name.split(" ").length), io);
}
