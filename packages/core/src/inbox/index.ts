/**
 * @module
 * The version-agnostic half of the durable inbox: `createProcessInbox` (bound by each version
 * package as `processInbox`) and the port a store implements (`@lucca-events/inbox`, or the
 * Cloudflare Queue adapter). The store itself lives outside core, which stays dependency-free.
 */
export { createProcessInbox } from "./process-inbox.js";
export type { InvalidStoredEvent, ProcessInboxOptions } from "./process-inbox.js";
export { deliveryKey } from "./delivery-key.js";
export { readStoredEvent } from "./stored-event.js";
export type { StoredEventResult } from "./stored-event.js";
export type {
  InboxJobContext,
  InboxWorker,
  InboxWorkOptions,
  InboxWorkSource,
  ProcessOutcome,
  ProcessStoredDelivery,
  StoredDelivery,
} from "./work-port.js";
export { queueConsumer, queueInbox } from "./cloudflare-queue.js";
export type {
  QueueBatchLike,
  QueueConsumer,
  QueuedDelivery,
  QueueMessageLike,
  QueueProducerLike,
} from "./cloudflare-queue.js";
