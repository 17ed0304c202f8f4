import type { ValidationIssue } from "../errors/lucca-events-errors.js";

/** Why a value is not a valid event of an API version. */
export type ValidationFailureReason =
  "not_an_event" | "unknown_topic" | "api_version_mismatch" | "schema_mismatch";

/** The fields every Lucca event envelope carries, whatever its topic. */
export interface EventEnvelope {
  /** The event's id; unique per `source`, so (`source`, `id`) deduplicates retries. */
  id: string;
  /** Always `"event"`. */
  type: "event";
  /** Where the event can be fetched again from Lucca's API. */
  url: string;
  /** `<resource>.<action>`, e.g. `employee.created`. */
  topic: string;
  /** When the change happened (RFC 3339): order events by it, since delivery order is not. */
  occurredAt: string;
  /** The tenant's base URL, e.g. `https://acme.ilucca.net`. */
  source: string;
  /** The resource the event is about, after the change. */
  data: { id: string; type: string; url: string; [key: string]: unknown };
  /** The API version the event is rendered in. */
  apiVersion?: string;
  /** The business establishment the resource belongs to, when it belongs to one. */
  businessEstablishment?: { id: string; type: string; url: string } | null;
  /** The changed attributes' former values, on some `*.updated` events. */
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
