/**
 * @module
 * Fastify plugin: `@lucca-events/core/fastify`. Register it with a version's handler; it keeps
 * the raw body the signature covers and answers every outcome from the same table as the other
 * adapters.
 *
 * @example
 * import Fastify from "fastify";
 * import { createWebhookHandler } from "@lucca-events/2024-11-01";
 * import { luccaWebhooks } from "@lucca-events/core/fastify";
 *
 * const app = Fastify();
 * const handler = createWebhookHandler({ secret: process.env.LUCCA_WEBHOOK_SECRET!, on: {} });
 * await app.register(luccaWebhooks, { prefix: "/webhooks/lucca", handler });
 */
export { luccaWebhooks } from "./adapters/fastify/fastify-plugin.js";
export type { LuccaWebhooksOptions } from "./adapters/fastify/fastify-plugin.js";
