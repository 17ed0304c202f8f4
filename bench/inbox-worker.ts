// A worker process for `bench/inbox.ts`: opens the inbox on INBOX_CONNECTION, prints "ready",
// starts processing (no-op handler) when a line arrives on stdin, prints "processed <n>" as its
// count grows (so the bench does not poll the database it measures), and exits on SIGTERM.
import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox } from "@lucca-events/inbox";

let processed = 0;
const inbox = await openInbox({
  connectionString: process.env["INBOX_CONNECTION"] ?? "",
  onMetric: (metric) => {
    if (metric.type === "processed") processed++;
  },
});
let reported = 0;
setInterval(() => {
  if (processed === reported) return;
  reported = processed;
  process.stdout.write(`processed ${processed}\n`);
}, 5);
process.stdout.write("ready\n");
process.stdin.once("data", () => {
  void processInbox(inbox, { concurrency: 100, on: { "employee.updated": () => undefined } });
});
process.on("SIGTERM", () => void inbox.close().then(() => process.exit(0)));
