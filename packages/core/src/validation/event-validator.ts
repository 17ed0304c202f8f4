import type { ValidationIssue } from "../errors/lucca-events-errors.js";
import type { EventValidator, ValidateEventResult } from "./validation-result.js";

/** An ajv standalone validator: a type guard that leaves its errors on itself. */
export interface CompiledValidator<T> {
  /** Tells whether `value` matches the schema, leaving the reasons on `errors` when not. */
  (value: unknown): value is T;
  /** The failures of the last call, or `null` after a success. */
  errors?: readonly CompiledValidatorError[] | null;
}

/** The fields of an ajv error object that reach the user. */
export interface CompiledValidatorError {
  /** JSON Pointer to the failing value. */
  instancePath: string;
  /** The schema keyword that failed. */
  keyword: string;
  /** ajv's explanation; absent when ajv was built without messages. */
  message?: string;
  /** Keyword-specific details. */
  params: Record<string, unknown>;
}

/** What a version package hands to {@link createEventValidator}. */
export interface EventValidatorOptions<M, U> {
  /** The `Api-Version` date the validators were generated for; other `apiVersion`s are refused. */
  apiVersion: string;
  /** One compiled validator per topic the version knows. */
  validators: { [T in keyof M]: CompiledValidator<M[T]> };
  /** The envelope check used for topics the version does not know. */
  isEnvelope: CompiledValidator<U>;
}

/**
 * Builds a version's `validateEvent`: it reads `topic` first and runs that topic's validator
 * only, so the cost of a delivery does not grow with the number of topics.
 * @example
 * const validateEvent = createEventValidator({ apiVersion: "2024-11-01", validators, isEnvelope });
 */
export function createEventValidator<M, U>(
  options: EventValidatorOptions<M, U>,
): EventValidator<M[keyof M], U> {
  const { apiVersion, validators, isEnvelope } = options;
  // One hashed lookup per delivery, where an own-property test and a keyed read of the object
  // were two; a Map also has no prototype, so no topic can name an inherited property.
  const byTopic = new Map<string, CompiledValidator<M[keyof M]>>(Object.entries(validators));
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return notAnEvent("an event must be a JSON object");
    }
    const envelope = value as Record<string, unknown>;
    if (typeof envelope.topic !== "string") {
      return notAnEvent('an event must have a string "topic"');
    }
    if (typeof envelope.apiVersion === "string" && envelope.apiVersion !== apiVersion) {
      return {
        ok: false,
        reason: "api_version_mismatch",
        issues: [
          {
            instancePath: "/apiVersion",
            keyword: "const",
            message: `must be "${apiVersion}", the version this package validates`,
            params: { allowedValue: apiVersion },
          },
        ],
      };
    }
    const validate = byTopic.get(envelope.topic);
    if (validate === undefined) {
      return isEnvelope(value)
        ? { ok: false, reason: "unknown_topic", issues: [], event: value }
        : schemaMismatch(isEnvelope.errors);
    }
    return validate(value) ? { ok: true, event: value } : schemaMismatch(validate.errors);
  };
}

function notAnEvent(message: string): ValidateEventResult<never, never> {
  return {
    ok: false,
    reason: "not_an_event",
    issues: [{ instancePath: "", keyword: "type", message, params: {} }],
  };
}

function schemaMismatch(
  errors: readonly CompiledValidatorError[] | null | undefined,
): ValidateEventResult<never, never> {
  const issues: ValidationIssue[] = (errors ?? []).map((error) => ({
    instancePath: error.instancePath,
    keyword: error.keyword,
    message: error.message ?? `fails the "${error.keyword}" keyword`,
    params: error.params,
  }));
  return { ok: false, reason: "schema_mismatch", issues };
}
