// A worker process for `bench/inbox.ts`: opens the inbox on INBOX_CONNECTION, prints "ready",
// starts processing (no-op handler) when a line arrives on stdin, and exits on SIGTERM.
import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox } from "@lucca-events/inbox";

const inbox = await openInbox({ connectionString: process.env["INBOX_CONNECTION"] ?? "" });
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  void processInbox(inbox, { concurrency: 100, on: { "employee.updated": () => undefined } });
});
process.on("SIGTERM", () => void inbox.close().then(() => process.exit(0)));
