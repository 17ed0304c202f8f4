/** Every error thrown by lucca-events carries one of these codes. */
export type LuccaEventsErrorCode =
  | "configuration_error"
  | "signature_verification_failed"
  | "payload_validation_failed"
  | "lucca_api_error";

/**
 * Base class of every error thrown by lucca-events. It lives in `core` only, so `instanceof`
 * works whichever version package threw it.
 */
export class LuccaEventsError extends Error {
  // Spelled out, not `new.target.name`: a user's minifier renames classes, and `name` is what
  // logs and `String(error)` show.
  override name = "LuccaEventsError";
  /** What kind of failure this is; stable across releases, unlike `message`. */
  // `declare`: set once in the constructor, so no field initialiser (undefined first) is emitted.
  declare readonly code: LuccaEventsErrorCode;

  constructor(code: LuccaEventsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Thrown when the library is called with options that can never work (a programming error). */
export class ConfigurationError extends LuccaEventsError {
  override name = "ConfigurationError";
  constructor(message: string) {
    super("configuration_error", message);
  }
}

/** One reason why a payload does not match its schema; the same shape as ajv's error objects. */
export interface ValidationIssue {
  /** JSON Pointer to the failing value, `""` for the event itself (e.g. `/data/email`). */
  instancePath: string;
  /** The schema keyword that failed (`required`, `format`, `enum`, …). */
  keyword: string;
  /** A human-readable explanation, safe to log. */
  message: string;
  /** Keyword-specific details, as ajv reports them (e.g. `{ missingProperty: "email" }`). */
  params: Record<string, unknown>;
}

/** Thrown by the `assert…` helpers when a signature does not verify. Its message stays generic. */
export class SignatureVerificationError extends LuccaEventsError {
  override name = "SignatureVerificationError";
  /** The `SignatureFailureReason` (`signature_mismatch`, `timestamp_too_old`, …). */
  readonly reason: string;

  constructor(reason: string, message: string) {
    super("signature_verification_failed", message);
    this.reason = reason;
  }
}

/** Thrown by the `assert…` helpers when a payload is not a valid event of the version. */
export class PayloadValidationError extends LuccaEventsError {
  override name = "PayloadValidationError";
  /** The `ValidationFailureReason` (`schema_mismatch`, `not_an_event`, …). */
  readonly reason: string;
  /** What failed in the payload; empty when the reason says it all. */
  readonly issues: readonly ValidationIssue[];

  constructor(reason: string, message: string, issues: readonly ValidationIssue[]) {
    super("payload_validation_failed", message);
    this.reason = reason;
    this.issues = issues;
  }
}
