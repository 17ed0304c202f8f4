import type { ValidationIssue } from "./errors.js";

/** Why a value is not a valid event of an API version. */
export type ValidationFailureReason =
  "not_an_event" | "unknown_topic" | "api_version_mismatch" | "schema_mismatch";

/** The fields every Lucca event envelope carries, whatever its topic. */
export interface EventEnvelope {
  id: string;
  type: "event";
  url: string;
  topic: string;
  occurredAt: string;
  source: string;
  data: { id: string; type: string; url: string; [key: string]: unknown };
  apiVersion?: string;
  businessEstablishment?: { id: string; type: string; url: string } | null;
  previousAttributes?: Record<string, unknown>;
}

/**
 * What a version package's `validateEvent` returns. `E` is the version's `LuccaEvent` union,
 * `U` its `UnknownLuccaEvent` (an event whose topic this version does not know).
 */
export type ValidateEventResult<E, U> =
  | { ok: true; event: E }
  | { ok: false; reason: "unknown_topic"; issues: ValidationIssue[]; event: U }
  | {
      ok: false;
      reason: Exclude<ValidationFailureReason, "unknown_topic">;
      issues: ValidationIssue[];
    };

/** A version package's validator, as the webhook pipeline consumes it. */
export type EventValidator<E, U> = (value: unknown) => ValidateEventResult<E, U>;
