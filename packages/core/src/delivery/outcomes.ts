/**
 * Every answer the receiving path gives, in one table: the parser, the handler and the adapters
 * read their HTTP status and body here and nowhere else. Bodies name the outcome only: no secret,
 * signature detail or validation issue is echoed back to the caller.
 *
 * Status rules, from Lucca's "Receive events" page (webhooks, catching): 2xx is delivered; 404 and
 * 410 suspend the endpoint at once, so no outcome uses them; 429, 503 and other 5xx are retried.
 */
export const OUTCOMES = {
  accepted: { status: 202 },
  invalid_event: { status: 400 },
  invalid_json: { status: 400 },
  body_unreadable: { status: 400 },
  unauthorized: { status: 401 },
  // 405 rather than 404, which would suspend the endpoint.
  method_not_allowed: { status: 405, headers: { allow: "GET, POST" } },
  request_timeout: { status: 408, close: true },
  // `close`: the rest of the body is never read, so the connection cannot be reused.
  payload_too_large: { status: 413, close: true },
  unsupported_content_encoding: { status: 415, headers: { "accept-encoding": "identity" } },
  internal_error: { status: 500 },
  configuration_error: { status: 500 },
  // A handler still running at the deadline: 503 makes Lucca retry later.
  handler_timeout: { status: 503, headers: { "retry-after": "1" } },
  inbox_unavailable: { status: 503, headers: { "retry-after": "1" } },
} as const satisfies Record<string, OutcomeRule>;

interface OutcomeRule {
  status: number;
  headers?: Readonly<Record<string, string>>;
  /** The connection must close after the answer (the request body was left unread). */
  close?: boolean;
}

/** The name of one outcome of {@link OUTCOMES}. */
export type Outcome = keyof typeof OUTCOMES;

/** The HTTP status of an outcome, as a literal type. */
export type StatusOf<O extends Outcome> = (typeof OUTCOMES)[O]["status"];

/** An answer ready to write: a Fetch `Response` or a Node `ServerResponse` is made from it. */
export interface OutcomeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Ask the client to close the connection: part of the request was left unread. */
  close: boolean;
}

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * The answer for an outcome: `{ "ok": true }` for `accepted`, else `{ "ok": false, "error": name }`
 * plus, for `invalid_event`, the validation reason and, for `configuration_error`, the fix (the
 * receiver's own programming error, useful in its logs and harmless to reveal).
 */
export function outcomeResponse(
  outcome: Outcome,
  detail: { reason?: string; message?: string } = {},
): OutcomeResponse {
  const detailed =
    (outcome === "invalid_event" && detail.reason !== undefined) ||
    (outcome === "configuration_error" && detail.message !== undefined);
  if (detailed) return buildResponse(outcome, detail);
  // Every other answer is the same each time: built once, frozen, and shared.
  let answer = PLAIN_ANSWERS.get(outcome);
  if (answer === undefined) {
    const built = buildResponse(outcome, {});
    Object.freeze(built.headers);
    answer = Object.freeze(built);
    PLAIN_ANSWERS.set(outcome, answer);
  }
  return answer;
}

const PLAIN_ANSWERS = new Map<Outcome, OutcomeResponse>();

function buildResponse(outcome: Outcome, detail: { reason?: string; message?: string }) {
  const rule: OutcomeRule = OUTCOMES[outcome];
  const body =
    outcome === "accepted" ? { ok: true } : { ok: false, error: outcome, ...pick(detail, outcome) };
  return {
    status: rule.status,
    headers: { "content-type": JSON_TYPE, ...rule.headers },
    body: JSON.stringify(body),
    close: rule.close === true,
  };
}

function pick(detail: { reason?: string; message?: string }, outcome: Outcome) {
  if (outcome === "invalid_event" && detail.reason !== undefined) return { reason: detail.reason };
  if (outcome === "configuration_error" && detail.message !== undefined) {
    return { message: detail.message };
  }
  return {};
}

/**
 * A Fetch `Response` for an answer. `close` is left to the host: Fetch servers manage their
 * connections themselves.
 */
export function toFetchResponse(answer: OutcomeResponse): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** The outcome each reason `parseWebhook` can give maps to. */
export const FAILURE_OUTCOMES = {
  body_too_large: "payload_too_large",
  body_timeout: "request_timeout",
  body_unreadable: "body_unreadable",
  missing_signature: "unauthorized",
  missing_timestamp: "unauthorized",
  malformed_signature: "unauthorized",
  malformed_timestamp: "unauthorized",
  timestamp_too_old: "unauthorized",
  timestamp_in_future: "unauthorized",
  signature_mismatch: "unauthorized",
  invalid_json: "invalid_json",
  not_an_event: "invalid_event",
  schema_mismatch: "invalid_event",
  api_version_mismatch: "invalid_event",
  unsigned_cloudevent_attributes: "invalid_event",
  // A topic newer than this package must not make Lucca retry or suspend: accepted.
  unknown_topic: "accepted",
} as const satisfies Record<string, Outcome>;

/** A reason of {@link FAILURE_OUTCOMES}. */
export type FailureReason = keyof typeof FAILURE_OUTCOMES;

/** The HTTP status `parseWebhook` reports for a failure reason. */
export type FailureStatus<R extends FailureReason> = StatusOf<(typeof FAILURE_OUTCOMES)[R]>;

/** The status of a failure reason, read from the table. */
export function failureStatus<R extends FailureReason>(reason: R): FailureStatus<R> {
  return OUTCOMES[FAILURE_OUTCOMES[reason]].status as FailureStatus<R>;
}
