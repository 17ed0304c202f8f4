/**
 * The version package the CLI speaks: the latest API version. The one place to change when a
 * newer version package is published.
 */
export {
  API_VERSION,
  TOPICS,
  eventKey,
  verifySignature,
  DEFAULT_TOLERANCE_SECONDS,
} from "@lucca-events/2024-11-01";
export type { LuccaEventTopic } from "@lucca-events/2024-11-01";
export { createLuccaClient } from "@lucca-events/2024-11-01/client";
export type { LuccaPolledEvent } from "@lucca-events/2024-11-01/client";
export { createTestEvent } from "@lucca-events/2024-11-01/testing";
