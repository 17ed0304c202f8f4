/** Every error thrown by lucca-events carries one of these codes. */
export type LuccaEventsErrorCode =
  "configuration_error" | "signature_verification_failed" | "payload_validation_failed";

/**
 * Base class of every error thrown by lucca-events. It lives in `core` only, so `instanceof`
 * works whichever version package threw it.
 */
export class LuccaEventsError extends Error {
  readonly code: LuccaEventsErrorCode;

  constructor(code: LuccaEventsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Thrown when the library is called with options that can never work (a programming error). */
export class ConfigurationError extends LuccaEventsError {
  constructor(message: string) {
    super("configuration_error", message);
  }
}

/** One reason why a payload does not match its schema; the same shape as ajv's error objects. */
export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/** Thrown by the `assert…` helpers when a signature does not verify. Its message stays generic. */
export class SignatureVerificationError extends LuccaEventsError {
  readonly reason: string;

  constructor(reason: string, message: string) {
    super("signature_verification_failed", message);
    this.reason = reason;
  }
}

/** Thrown by the `assert…` helpers when a payload is not a valid event of the version. */
export class PayloadValidationError extends LuccaEventsError {
  readonly reason: string;
  readonly issues: readonly ValidationIssue[];

  constructor(reason: string, message: string, issues: readonly ValidationIssue[]) {
    super("payload_validation_failed", message);
    this.reason = reason;
    this.issues = issues;
  }
}
