import type { InboxReceiver, VerifiedDelivery } from "../handler/inbox-port.js";
import { deliveryKey } from "./delivery-key.js";
import type {
  InboxJobContext,
  InboxWorker,
  InboxWorkSource,
  ProcessStoredDelivery,
} from "./work-port.js";

/** The part of a Cloudflare Queue producer binding the receiver uses. */
export interface QueueProducerLike {
  send(body: QueuedDelivery): Promise<unknown>;
}

/** One message of a Cloudflare Queue consumer's batch. */
export interface QueueMessageLike {
  body: unknown;
  /** 1 on the first delivery of the message, then 2, 3… */
  attempts: number;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

/** A Cloudflare Queue consumer's batch. */
export interface QueueBatchLike {
  messages: readonly QueueMessageLike[];
}

/** What the receiver puts on the queue: the delivery and its dedupe key. */
export interface QueuedDelivery {
  key: string;
  rawBody: string;
  timestamp: string;
  verdict: VerifiedDelivery["verdict"];
}

/**
 * A receiver for Cloudflare Workers that stores deliveries on a Cloudflare Queue: the handler
 * answers 202 once `send` resolved (the queue holds the message) and 503 when it fails. Queues do
 * not deduplicate, so `duplicate` is always false and handlers dedupe on `ctx.key`.
 *
 * @example
 * const handler = createWebhookHandler({ secret: env.LUCCA_WEBHOOK_SECRET, inbox: queueInbox(env.INBOX) });
 */
export function queueInbox(queue: QueueProducerLike): InboxReceiver {
  return {
    async accept(delivery) {
      const key = await deliveryKey(delivery);
      const { rawBody, timestamp, verdict } = delivery;
      await queue.send({ key, rawBody, timestamp, verdict });
      return { duplicate: false };
    },
  };
}

/** The consumer half: `processInbox(consumer, { on })`, then `export default { queue: consumer.queue }`. */
export interface QueueConsumer extends InboxWorkSource {
  /** The Worker's `queue` handler. */
  queue(batch: QueueBatchLike): Promise<void>;
}

/**
 * A Cloudflare Queue consumer running `processInbox`'s typed handlers: a message is acked once its
 * handler resolved and retried with exponential backoff when it throws; after the consumer's
 * `max_retries` Cloudflare moves it to the configured dead-letter queue. Order is not kept.
 */
export function queueConsumer(options: { retryDelaySeconds?: number } = {}): QueueConsumer {
  const base = options.retryDelaySeconds ?? 2;
  let process: ProcessStoredDelivery | undefined;
  let stopped = false;
  return {
    async work(processDelivery: ProcessStoredDelivery): Promise<InboxWorker> {
      process = processDelivery;
      stopped = false;
      return { stop: async () => void (stopped = true) };
    },
    async queue(batch) {
      const run = process;
      if (run === undefined || stopped) {
        for (const message of batch.messages) message.retry({ delaySeconds: base });
        return;
      }
      await Promise.all(
        batch.messages.map(async (message) => {
          const body = message.body as QueuedDelivery;
          const context: InboxJobContext = {
            attempt: message.attempts,
            signal: new AbortController().signal,
            key: body.key,
            superseded: false,
          };
          try {
            await run({ key: body.key, rawBody: body.rawBody }, context);
            message.ack();
          } catch {
            // Full jitter on an exponential delay, capped at Cloudflare's 12 hours.
            const delay = Math.min(43_200, base * 2 ** (message.attempts - 1));
            message.retry({ delaySeconds: Math.ceil(delay / 2 + (Math.random() * delay) / 2) });
          }
        }),
      );
    },
  };
}
