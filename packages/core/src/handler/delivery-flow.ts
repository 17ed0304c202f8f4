import type { DeliveryPipeline } from "../delivery/delivery-pipeline.js";
import { getHeader } from "../delivery/header-lookup.js";
import { FAILURE_OUTCOMES, outcomeResponse, type OutcomeResponse } from "../delivery/outcomes.js";
import type { DeliveryConfig } from "../delivery/parse-options.js";
import type { InvalidEventReason, ParseWebhookResult } from "../delivery/parse-webhook.js";
import type { ReadBodyResult } from "../delivery/read-body.js";
import { readHeader } from "../signature/header-value.js";
import { TIMESTAMP_HEADER } from "../signature/verify-signature.js";
import type { DeliveryRequest } from "./delivery-port.js";
import { topicHandler, type TopicHandlers } from "./dispatch.js";
import type {
  DeliveryContext,
  DeliveryRequestInfo,
  WebhookHandlerOptions,
} from "./handler-options.js";
import { HandlerContext } from "./delivery-context.js";
import { envelopeOf, verifiedDelivery } from "./inbox-delivery.js";
import type { VerifiedDelivery } from "./inbox-port.js";
import { sourceMatches, type ResolvedTenant } from "./resolve-tenant.js";
import { runWithDeadline, type DeadlineOutcome } from "./run-with-deadline.js";
import type { SafeLogger } from "./safe-logger.js";
import { checkTopicHandlers } from "./topic-handlers.js";

/** What the delivery flow is built from, all checked by `createWebhookHandler`. */
export interface DeliveryFlowSetup<M, U> {
  options: WebhookHandlerOptions<M, U>;
  pipeline: DeliveryPipeline<M[keyof M], U>;
  config: DeliveryConfig;
  handlerTimeoutMs: number;
  resolveTenant: (request: DeliveryRequestInfo) => ResolvedTenant | Promise<ResolvedTenant>;
  logger: SafeLogger;
  redact: ((event: unknown) => unknown) | undefined;
}

type Result<M, U> = ParseWebhookResult<M[keyof M], U>;
type Failure<M, U> = Extract<Result<M, U>, { ok: false }>;
type Authentic = "invalid_json" | "unknown_topic" | InvalidEventReason;
/** A delivery whose signature verified, whatever its validation verdict. */
type AuthenticResult<M, U> =
  Extract<Result<M, U>, { ok: true }> | Extract<Failure<M, U>, { reason: Authentic }>;

const AUTHENTIC = new Set<string>([
  "invalid_json",
  "unknown_topic",
  "not_an_event",
  "schema_mismatch",
  "api_version_mismatch",
  "unsigned_cloudevent_attributes",
]);

function isAuthentic<M, U>(failure: Failure<M, U>): boolean {
  return AUTHENTIC.has(failure.reason);
}

const INBOX_HINT =
  "Answer at once and process later with the durable inbox: pass `inbox` (from " +
  '@lucca-events/inbox) instead of `on`, as Lucca\'s "Receive events" page advises.';

/**
 * Builds the POST path: encoding check → body → tenant → verify, validate → topic handler or
 * inbox, under the handler deadline. Every answer comes from the outcome table.
 */
export function createDeliveryFlow<M, U>(
  setup: DeliveryFlowSetup<M, U>,
): (delivery: DeliveryRequest) => OutcomeResponse | Promise<OutcomeResponse> {
  const { options, pipeline, config, handlerTimeoutMs, logger } = setup;
  const { inbox, onUnknownTopic, onInvalidEvent, onError } = options;
  const on = checkTopicHandlers(options, logger);

  // What the logs may show of an event: the user's redaction, else its identity fields only.
  function summary(value: unknown): unknown {
    if (setup.redact === undefined) return envelopeOf(value);
    try {
      return setup.redact(value);
    } catch {
      return envelopeOf(value);
    }
  }

  const limits = { maxBytes: config.maxBodyBytes, timeoutMs: config.bodyTimeoutMs };

  // Each step continues at once when the one before answered synchronously (a body a framework
  // kept, a fixed secret, the Node HMAC engine, a handler that returns at once): a promise and a
  // microtask only where something really waits.
  return function deliver(delivery) {
    const started = Date.now();
    const encoding = getHeader(delivery.headers, "content-encoding")?.trim().toLowerCase();
    if (encoding !== undefined && encoding !== "" && encoding !== "identity") {
      // Lucca documents no compression; the signature covers the bytes as sent, so a compressed
      // body is refused rather than guessed at (RFC 9110 §15.5.16: 415 for a content coding).
      logger.warn(`Lucca webhook rejected (unsupported_content_encoding): ${encoding}`);
      return outcomeResponse("unsupported_content_encoding");
    }
    const read = delivery.readBody(limits);
    return isPromise(read)
      ? read.then((body) => withBody(delivery, started, body))
      : withBody(delivery, started, read);
  };

  function withBody(
    delivery: DeliveryRequest,
    started: number,
    read: ReadBodyResult,
  ): OutcomeResponse | Promise<OutcomeResponse> {
    if (!read.ok) return bodyFailure(read);
    const request: DeliveryRequestInfo = {
      method: delivery.method,
      url: delivery.url,
      headers: delivery.headers,
      params: delivery.params ?? {},
    };
    // Synchronous for a fixed secret.
    const tenant = setup.resolveTenant(request);
    return isPromise(tenant)
      ? tenant.then((resolved) => withTenant(delivery, started, read.bytes, request, resolved))
      : withTenant(delivery, started, read.bytes, request, tenant);
  }

  function withTenant(
    delivery: DeliveryRequest,
    started: number,
    bytes: Uint8Array,
    request: DeliveryRequestInfo,
    resolved: ResolvedTenant,
  ): OutcomeResponse | Promise<OutcomeResponse> {
    if (!resolved.ok) {
      logger.warn("Lucca webhook rejected (unknown_tenant): the secret resolver found no tenant");
      return outcomeResponse("unauthorized");
    }
    // Synchronous for a synchronous HMAC engine.
    const parsing = pipeline.parse(config, bytes, delivery.headers, resolved.signature);
    return isPromise(parsing)
      ? parsing.then((parsed) => withResult(delivery, started, bytes, request, resolved, parsed))
      : withResult(delivery, started, bytes, request, resolved, parsing);
  }

  function withResult(
    delivery: DeliveryRequest,
    started: number,
    bytes: Uint8Array,
    request: DeliveryRequestInfo,
    resolved: Extract<ResolvedTenant, { ok: true }>,
    parsed: Result<M, U>,
  ): OutcomeResponse | Promise<OutcomeResponse> {
    if (!parsed.ok && !isAuthentic(parsed)) {
      logger.warn(`Lucca webhook rejected (${parsed.reason}): ${parsed.message}`);
      return outcomeResponse(FAILURE_OUTCOMES[parsed.reason]);
    }
    const result = parsed as AuthenticResult<M, U>;
    const claimed = claimedSource(result);
    const expected = resolved.tenant?.source;
    if (expected !== undefined && claimed !== undefined && !sourceMatches(expected, claimed)) {
      logger.warn(
        "Lucca webhook rejected (source_mismatch): the event's source is not the tenant's Lucca URL",
      );
      return outcomeResponse("unauthorized");
    }

    const remaining = () => handlerTimeoutMs - (Date.now() - started);
    // A host may refuse waitUntil once it answered (Workers throws then): the work runs anyway.
    const hostWaitUntil = (promise: Promise<unknown>) => {
      try {
        delivery.waitUntil?.(promise);
      } catch (error) {
        logger.debug("Lucca webhook: the host refused waitUntil", error);
      }
    };
    const waitUntil = (promise: Promise<unknown>) => {
      const guarded = Promise.resolve(promise).catch((error: unknown) =>
        logger.error("Lucca webhook: work passed to waitUntil failed", error),
      );
      hostWaitUntil(guarded);
    };
    const context = (signal: () => AbortSignal): DeliveryContext =>
      new HandlerContext(signal, resolved.tenant, request, waitUntil);

    if (inbox !== undefined) {
      const timestamp = readHeader(getHeader(delivery.headers, TIMESTAMP_HEADER)) ?? "";
      const record = verifiedDelivery(result, bytes, timestamp);
      const storing = runWithDeadline(() => inbox.accept(record), remaining());
      return isPromise(storing)
        ? storing.then((outcome) => stored(outcome, record))
        : stored(storing, record);
    }

    if (result.ok) {
      const { event } = result;
      const handlers = on as TopicHandlers<{ topic: string }, DeliveryContext>;
      const handle = topicHandler(event as { topic: string }, handlers);
      if (handle === undefined) return outcomeResponse("accepted");
      return run((signal) => handle(event as { topic: string }, context(signal)), event);
    }
    if (result.reason === "unknown_topic") {
      const { event } = result;
      return run((signal) => onUnknownTopic?.(event, context(signal)), event);
    }
    if (result.reason === "invalid_json") {
      logger.warn(`Lucca webhook rejected (invalid_json): ${result.message}`);
      return outcomeResponse("invalid_json");
    }
    const { rawEvent, issues, reason } = result;
    if (onInvalidEvent !== undefined) {
      return run((signal) => onInvalidEvent(rawEvent, issues, reason, context(signal)));
    }
    logger.warn(`Lucca webhook rejected: ${result.message}`, issues);
    return outcomeResponse("invalid_event", { reason });

    // How the inbox's accept ended: 202 once stored, else 503 so that Lucca retries.
    function stored(outcome: DeadlineOutcome, record: VerifiedDelivery): OutcomeResponse {
      if (outcome.state === "done") return outcomeResponse("accepted");
      if (outcome.state === "threw") {
        logger.error(
          "Lucca webhook: the inbox refused the delivery; answered 503 so that Lucca retries",
          outcome.error,
          summary(record.envelope),
        );
      } else {
        logger.error(
          `Lucca webhook: the inbox did not store the delivery within ${handlerTimeoutMs} ms; ` +
            "answered 503 so that Lucca retries",
          summary(record.envelope),
        );
        watchLate(outcome.late, "the inbox", record.envelope);
      }
      return outcomeResponse("inbox_unavailable");
    }

    // Runs user code under the deadline; a throw becomes 500 (Lucca retries 5xx) and is reported.
    // A handler that returns at once is answered at once.
    function run(
      task: (signal: () => AbortSignal) => unknown,
      event?: M[keyof M] | U,
    ): OutcomeResponse | Promise<OutcomeResponse> {
      const outcome = runWithDeadline(task, remaining());
      return isPromise(outcome)
        ? outcome.then((ended) => answer(ended, event))
        : answer(outcome, event);
    }

    function answer(
      outcome: DeadlineOutcome,
      event?: M[keyof M] | U,
    ): OutcomeResponse | Promise<OutcomeResponse> {
      if (outcome.state === "done") return outcomeResponse("accepted");
      if (outcome.state === "timed_out") {
        const topic = (event as { topic?: unknown } | undefined)?.topic;
        logger.error(
          `Lucca webhook: the ${typeof topic === "string" ? `${topic} ` : ""}handler still runs ` +
            `after ${handlerTimeoutMs} ms; answered 503 so that Lucca retries (its signal is ` +
            `aborted). ${INBOX_HINT}`,
          summary(event),
        );
        watchLate(outcome.late, "the handler", event);
        return outcomeResponse("handler_timeout");
      }
      return report(outcome.error, event).then(() => outcomeResponse("internal_error"));
    }

    // Work past the deadline still ends somewhere: say how, never leave a rejection unhandled.
    function watchLate(late: Promise<unknown>, what: string, event: unknown): void {
      const settled = late.then(
        () => logger.warn(`Lucca webhook: ${what} finished after the deadline`, summary(event)),
        (error: unknown) =>
          logger.error(`Lucca webhook: ${what} failed after the deadline`, error, summary(event)),
      );
      hostWaitUntil(settled);
    }
  }

  async function report(error: unknown, event?: M[keyof M] | U): Promise<void> {
    if (onError === undefined) {
      logger.error("Lucca webhook: a handler threw", error);
      return;
    }
    try {
      await onError(error, event);
    } catch (hookError) {
      logger.error("Lucca webhook: onError threw", hookError, error);
    }
  }

  function bodyFailure(read: Extract<ReadBodyResult, { ok: false }>): OutcomeResponse {
    switch (read.reason) {
      case "body_too_large":
        logger.warn(
          `Lucca webhook rejected (body_too_large): body exceeds ${config.maxBodyBytes} bytes`,
        );
        return outcomeResponse("payload_too_large");
      case "body_timeout":
        logger.warn(
          `Lucca webhook rejected (body_timeout): body did not arrive within ${config.bodyTimeoutMs} ms`,
        );
        return outcomeResponse("request_timeout");
      case "client_aborted":
        logger.debug("Lucca webhook: the client closed the connection before sending the body");
        return outcomeResponse("body_unreadable");
      default:
        logger.error("Lucca webhook: reading the request body failed", read.error);
        return outcomeResponse("body_unreadable");
    }
  }
}

function claimedSource(result: { ok: boolean; event?: unknown; rawEvent?: unknown }): unknown {
  const value = "event" in result ? result.event : result.rawEvent;
  return typeof value === "object" && value !== null
    ? (value as { source?: unknown }).source
    : undefined;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return value instanceof Promise;
}
