/**
 * @module
 * `lucca-events`, the command line, as a function: create webhook endpoints, list and tail
 * events, send signed test events, play the activation challenge, diagnose signatures.
 *
 * @example
 * import { runCli } from "@lucca-events/cli";
 * const code = await runCli(["events", "list", "--status", "failed"], { stdout: process.stdout, stderr: process.stderr, env: process.env });
 */
export { runCli, COMMANDS } from "./run-cli.js";
export type { RunCliOptions } from "./run-cli.js";
export type { CliIo } from "./io.js";
export type { Command } from "./command.js";
export { EXIT } from "./exit-codes.js";
export { diagnoseSignature } from "./diagnose-signature.js";
export type { DeliveryToCheck, Diagnosis } from "./diagnose-signature.js";
export type { RunInboxCli } from "./commands/inbox.js";
