/**
 * @module
 * Verify, parse and answer Lucca webhook deliveries in any JavaScript runtime (Web Crypto).
 * Applications usually install a version package (`@lucca-events/2024-11-01`), which re-exports
 * all of this bound to its event types; core alone suffices to check signatures.
 *
 * @example
 * import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "@lucca-events/core";
 *
 * const result = await verifySignature({
 *   body: await request.text(),
 *   signature: request.headers.get(SIGNATURE_HEADER),
 *   timestamp: request.headers.get(TIMESTAMP_HEADER),
 *   secret: env.LUCCA_WEBHOOK_SECRET,
 * });
 * if (!result.ok) return new Response(null, { status: 401 });
 */
export {
  ConfigurationError,
  LuccaEventsError,
  PayloadValidationError,
  SignatureVerificationError,
} from "./errors.js";
export type { LuccaEventsErrorCode, ValidationIssue } from "./errors.js";
export type { RawBody } from "./raw-body.js";
export { signPayload } from "./sign-payload.js";
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
} from "./verify-signature.js";
export type {
  SignatureFailureReason,
  VerifySignatureOptions,
  VerifySignatureResult,
} from "./verify-signature.js";
export { createEventValidator } from "./event-validator.js";
export type {
  CompiledValidator,
  CompiledValidatorError,
  EventValidatorOptions,
} from "./event-validator.js";
export type {
  EventEnvelope,
  EventValidator,
  ValidateEventResult,
  ValidationFailureReason,
} from "./validation.js";
export { createParseWebhook } from "./parse-webhook.js";
export { createWebhookHandlerFactory } from "./webhook-handler.js";
export type {
  InvalidEventReason,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookLogger,
  WebhookTopicHandlers,
} from "./webhook-handler.js";
export type {
  ParseWebhook,
  ParseWebhookFailure,
  ParseWebhookOptions,
  ParseWebhookResult,
  WebhookInput,
} from "./parse-webhook.js";
export { DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
export type { HeaderSource } from "./header-lookup.js";
export { fromCloudEvent, isCloudEvent } from "./cloudevents.js";
export { eventKey, hasChanged } from "./event-helpers.js";
export type { UpdatedEventLike } from "./event-helpers.js";
export { dispatch } from "./dispatch.js";
export type { TopicHandlers } from "./dispatch.js";
export type { InboxReceiver, VerifiedDelivery } from "./inbox-port.js";
export * from "./inbox/index.js";
