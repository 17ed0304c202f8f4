// A receiver and/or worker process for the crash campaign and the scale-out test. Configured by
// environment: INBOX_DIRECTORY or INBOX_CONNECTION (the store), RECEIVER_PORT (serve webhooks and
// GET /status), WORK=1 (process), TRANSACTIONAL=1 (handlers in the job's transaction),
// EFFECTS_FILE (where a non-transactional handler appends its side effect, one JSON line).
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";
import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox } from "@lucca-events/inbox";
import { startReceiver } from "../support/receiver.js";
import { SECRET } from "../support/send.js";

const env = process.env;
const inbox = await openInbox(
  env["INBOX_CONNECTION"] !== undefined
    ? { connectionString: env["INBOX_CONNECTION"] }
    : { directory: env["INBOX_DIRECTORY"] ?? "" },
);
const effects = env["EFFECTS_FILE"] ?? "";
const transactional = env["TRANSACTIONAL"] === "1";

if (env["WORK"] === "1") {
  await processInbox(inbox, {
    concurrency: 20,
    transactional,
    on: {
      "employee.updated": async (event, ctx) => {
        const effect = {
          key: ctx.key,
          attempt: ctx.attempt,
          resource: event.data.url,
          occurredAt: event.occurredAt,
          pid: process.pid,
          start: performance.timeOrigin + performance.now(),
        };
        if (transactional) {
          await ctx.db?.executeSql(
            "INSERT INTO campaign_effect (key, attempt, resource, occurred_at) VALUES ($1, $2, $3, $4)",
            [ctx.key, ctx.attempt, effect.resource, effect.occurredAt],
          );
        }
        // Leave room for a kill between the side effect and the job's completion.
        await new Promise((resolve) => setImmediate(resolve));
        if (!transactional) {
          const end = performance.timeOrigin + performance.now();
          appendFileSync(effects, `${JSON.stringify({ ...effect, end })}\n`);
        }
      },
    },
  });
}

const port = Number(env["RECEIVER_PORT"] ?? "0");
if (port > 0) {
  await startReceiver(inbox, SECRET, port);
  // A status port beside it, so the test can wait for the backlog to drain.
  createServer((_request, response) => {
    void inbox.status().then((counts) => response.end(JSON.stringify(counts)));
  }).listen(port + 1, "127.0.0.1");
}
process.on("SIGTERM", () => {
  void inbox.close().then(() => process.exit(0));
});
process.stdout.write("ready\n");
