// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import {
  createParseWebhook,
  createProcessInbox,
  createWebhookHandlerFactory,
} from "@lucca-events/core";
import type { LuccaEvent, LuccaEventMap, UnknownLuccaEvent } from "./events.js";
import { redact } from "./redact.js";
import { validateEvent } from "./validate-event.js";

/**
 * Verifies the signature, enforces the size limit, parses and validates one delivery.
 *
 * @example
 * const result = await parseWebhook(request, { secret: env.LUCCA_WEBHOOK_SECRET });
 * if (!result.ok) return new Response(result.message, { status: result.status });
 */
export const parseWebhook = /* @__PURE__ */ createParseWebhook(validateEvent);

/**
 * Returns a `(request: Request) => Promise<Response>` that answers Lucca's activation challenge,
 * verifies and validates each delivery, and calls the handler of its topic with a typed event.
 *
 * @example
 * export default { fetch: createWebhookHandler({ secret, on: { "employee.created": (event) => save(event.data) } }) };
 */
export const createWebhookHandler = /* @__PURE__ */ createWebhookHandlerFactory<
  LuccaEventMap,
  UnknownLuccaEvent
>(parseWebhook, { redact });

/** Processes a durable inbox's stored deliveries with this version's typed handlers. */
export const processInbox = /* @__PURE__ */ createProcessInbox<LuccaEvent, UnknownLuccaEvent>(
  validateEvent,
);
