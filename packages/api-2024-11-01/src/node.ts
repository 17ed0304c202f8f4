// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
/**
 * @module
 * Serve the webhook handler from Node's `http` module or Express; the adapter reads the raw body.
 *
 * @example
 * import { createWebhookHandler } from "@lucca-events/2024-11-01";
 * import { toNodeListener } from "@lucca-events/2024-11-01/node";
 * http.createServer(toNodeListener(createWebhookHandler({ secret, on: {} }))).listen(3000);
 */
export * from "@lucca-events/core/node";
