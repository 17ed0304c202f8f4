/**
 * @module
 * Node.js `http` / Express adapter: `@lucca-events/core/node`, re-exported by each version
 * package as `@lucca-events/<version>/node`. It reads the raw body itself.
 *
 * @example
 * import { createServer } from "node:http";
 * import { createWebhookHandler } from "@lucca-events/2024-11-01";
 * import { toNodeListener } from "@lucca-events/2024-11-01/node";
 *
 * const handler = createWebhookHandler({ secret: process.env.LUCCA_WEBHOOK_SECRET!, on: {} });
 * createServer(toNodeListener(handler)).listen(3000);
 */
export { toNodeListener } from "./adapters/node/node-listener.js";
export type { NodeListener, NodeListenerOptions } from "./adapters/node/node-listener.js";
