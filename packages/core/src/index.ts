/**
 * @module
 * Verify, parse and answer Lucca webhook deliveries in any JavaScript runtime (Web Crypto).
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
