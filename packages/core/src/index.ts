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
} from "./errors/lucca-events-errors.js";
export type { LuccaEventsErrorCode, ValidationIssue } from "./errors/lucca-events-errors.js";
export type { RawBody } from "./signature/raw-body.js";
export { signPayload } from "./signature/sign-payload.js";
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
} from "./signature/verify-signature.js";
export type {
  SignatureFailureReason,
  VerifySignatureOptions,
  VerifySignatureResult,
} from "./signature/verify-signature.js";
export { createEventValidator } from "./validation/event-validator.js";
export type {
  CompiledValidator,
  CompiledValidatorError,
  EventValidatorOptions,
} from "./validation/event-validator.js";
export type {
  EventEnvelope,
  EventValidator,
  ValidateEventResult,
  ValidationFailureReason,
} from "./validation/validation-result.js";
export { createParseWebhook } from "./delivery/parse-webhook.js";
export { createWebhookHandlerFactory } from "./handler/webhook-handler.js";
export type {
  CommonHandlerOptions,
  DeliveryContext,
  DeliveryRequestInfo,
  HostContext,
  InvalidEventReason,
  SecretResolver,
  TenantDescriptor,
  WebhookHandler,
  WebhookHandlerFactoryOptions,
  WebhookHandlerOptions,
  WebhookLogger,
  WebhookTopicHandlers,
} from "./handler/webhook-handler.js";
export { DEFAULT_HANDLER_TIMEOUT_MS } from "./handler/handler-options.js";
export type {
  ParseWebhook,
  ParseWebhookFailure,
  ParseWebhookOptions,
  ParseWebhookResult,
  ParseRequestOptions,
  WebhookInput,
} from "./delivery/parse-webhook.js";
export type { ContentMode } from "./delivery/parse-options.js";
export { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "./delivery/read-body.js";
export { MAX_JSON_DEPTH } from "./delivery/safe-json.js";
export type { SecretInput, SecretKey } from "./signature/signature-options.js";
export type { HeaderSource } from "./delivery/header-lookup.js";
export { fromCloudEvent, isCloudEvent } from "./delivery/cloudevents.js";
export { eventKey, hasChanged } from "./validation/event-helpers.js";
export type { UpdatedEventLike } from "./validation/event-helpers.js";
export { dispatch } from "./handler/dispatch.js";
export type { TopicHandlers } from "./handler/dispatch.js";
export type { InboxReceiver, VerifiedDelivery } from "./handler/inbox-port.js";
export * from "./inbox/index.js";
