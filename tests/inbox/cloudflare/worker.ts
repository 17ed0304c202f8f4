// A Cloudflare Worker receiving Lucca webhooks into a Cloudflare Queue: `fetch` verifies and
// enqueues (202 once the queue holds the message), `queue` runs the typed handlers, and the
// dead-letter queue's consumer records what exhausted its retries.
import { createWebhookHandler, processInbox } from "@lucca-events/2024-11-01";
import {
  queueConsumer,
  queueInbox,
  type QueueBatchLike,
  type QueueProducerLike,
  type QueuedDelivery,
} from "@lucca-events/core";

interface Env {
  LUCCA_WEBHOOK_SECRET: string;
  INBOX: QueueProducerLike;
  EFFECTS: { put(key: string, value: string): Promise<void> };
}

let env: Env | undefined;
// Built on the first request: the secret and the queue binding arrive with it.
let handler: ((request: Request) => Promise<Response>) | undefined;
const consumer = queueConsumer({ retryDelaySeconds: 1 });
const ready = processInbox(consumer, {
  on: {
    "employee.updated": async (event, ctx) => {
      if (event.data.id === "poison") throw new Error("payroll API answered 500");
      // Queues deliver at least once: the dedupe key makes the write idempotent.
      await env?.EFFECTS.put(`done:${ctx.key}`, JSON.stringify({ attempt: ctx.attempt }));
    },
  },
});

// Workers find their entry point as the module's default export; it cannot be a named one.
// eslint-disable-next-line no-restricted-exports
export default {
  async fetch(request: Request, bindings: Env): Promise<Response> {
    handler ??= createWebhookHandler({
      secret: bindings.LUCCA_WEBHOOK_SECRET,
      inbox: queueInbox(bindings.INBOX),
    });
    return handler(request);
  },
  async queue(batch: QueueBatchLike & { queue: string }, bindings: Env): Promise<void> {
    env = bindings;
    if (batch.queue === "lucca-inbox-dead") {
      for (const message of batch.messages) {
        const body = message.body as QueuedDelivery;
        await bindings.EFFECTS.put(`dead:${body.key}`, String(message.attempts));
        message.ack();
      }
      return;
    }
    await ready;
    await consumer.queue(batch);
  },
};
