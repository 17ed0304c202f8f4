/**
 * @module
 * `lucca-events inbox …`: operate a durable inbox from a terminal. The `lucca-events` CLI
 * delegates here; `runInboxCli` is also callable directly.
 *
 * @example
 * import { runInboxCli } from "@lucca-events/inbox/cli";
 * process.exitCode = await runInboxCli(process.argv.slice(2), process);
 */
export { runInboxCli } from "./cli/run-inbox-cli.js";
export type { InboxCliIo } from "./cli/run-inbox-cli.js";
