import { challengeResponse, readChallenge } from "./activation-challenge.js";
import type { ValidationIssue } from "./errors.js";
import { assertParseOptions, type ParseWebhookOptions } from "./parse-options.js";
import type { ParseWebhook, ParseWebhookFailure } from "./parse-webhook.js";
import { webhookResponses as respond } from "./webhook-responses.js";

/** Where the handler reports rejected deliveries and failing hooks; `console` fits. */
export interface WebhookLogger {
  /** Rejected deliveries (bad signature, invalid event): expected now and then, not a bug. */
  warn(message: string, ...details: unknown[]): void;
  /** Failing handlers and hooks; `warn` is used when absent. */
  error?(message: string, ...details: unknown[]): void;
}

/** Why a verified delivery is not a valid event of the version. */
export type InvalidEventReason = "not_an_event" | "schema_mismatch" | "api_version_mismatch";

/** One optional function per topic; each receives that topic's event type. */
export type WebhookTopicHandlers<M> = { [T in keyof M]?: (event: M[T]) => unknown };

/** Options of a version's `createWebhookHandler`. */
export interface WebhookHandlerOptions<M, U> extends ParseWebhookOptions {
  /** One handler per topic, given the event typed for that topic; a topic without one gets 202. */
  on: WebhookTopicHandlers<M>;
  /** A verified event whose topic this version does not know; answered 202 either way. */
  onUnknownTopic?: (event: U) => unknown;
  /** A verified delivery that fails validation; with this hook it is answered 202, without it 400. */
  onInvalidEvent?: (
    rawEvent: unknown,
    issues: ValidationIssue[],
    reason: InvalidEventReason,
  ) => unknown;
  /** A topic handler or hook threw (answered 500). May throw itself: that is logged, not rethrown. */
  onError?: (error: unknown, event?: M[keyof M] | U) => unknown;
  /** Default `console`. */
  logger?: WebhookLogger;
}

/** A Fetch handler: mount it in Hono, Workers, Deno, Bun, Next.js, or Node via `toNodeListener`. */
export type WebhookHandler = (request: Request) => Promise<Response>;

/**
 * Builds a version's `createWebhookHandler` from its `parseWebhook`. `M` maps each topic to its
 * event type (an interface works: the constraint is mapped rather than `Record<string, …>`).
 */
export function createWebhookHandlerFactory<M extends { [T in keyof M]: { topic: string } }, U>(
  parseWebhook: ParseWebhook<M[keyof M], U>,
) {
  /**
   * Answers Lucca's activation GET, then verifies, validates and dispatches each POSTed event.
   *
   * @example
   * const handler = createWebhookHandler({
   *   secret: env.LUCCA_WEBHOOK_SECRET,
   *   on: { "employee.created": async (event) => queue.send(event.data.id) },
   * });
   * export default { fetch: handler };
   */
  return function createWebhookHandler(options: WebhookHandlerOptions<M, U>): WebhookHandler {
    assertParseOptions(options, "createWebhookHandler()");
    const { on, onUnknownTopic, onInvalidEvent, onError, logger = console } = options;
    const { secret, toleranceSeconds, now, maxBodyBytes } = options;
    const parseOptions: ParseWebhookOptions = { secret, toleranceSeconds, now, maxBodyBytes };
    const logError = (message: string, ...details: unknown[]): void =>
      (logger.error ?? logger.warn).call(logger, message, ...details);

    // Runs user code; any throw becomes a 500 (Lucca retries 5xx) and is reported, never rethrown.
    async function run(fn: () => unknown, event?: M[keyof M] | U): Promise<Response> {
      try {
        await fn();
        return respond.accepted();
      } catch (error) {
        if (onError === undefined) logError("Lucca webhook: a handler threw", error);
        else {
          try {
            await onError(error, event);
          } catch (hookError) {
            logError("Lucca webhook: onError threw", hookError, error);
          }
        }
        return respond.internalError();
      }
    }

    return async function handleWebhook(request) {
      if (request.method === "GET") {
        const challenge = readChallenge(new URL(request.url));
        if (challenge !== undefined) return challengeResponse(challenge);
      }
      if (request.method !== "POST") return respond.methodNotAllowed();
      let result: Awaited<ReturnType<typeof parseWebhook>>;
      try {
        result = await parseWebhook(request, parseOptions);
      } catch (error) {
        return run(() => Promise.reject(error));
      }
      if (result.ok) {
        const { event } = result;
        const topic = event.topic as keyof M;
        // Own properties only: a topic such as "toString" must never reach Object.prototype.
        const handle = Object.hasOwn(on, topic) ? on[topic] : undefined;
        return run(() => handle?.(event as M[typeof topic]), event);
      }
      if (result.reason === "unknown_topic") {
        const { event } = result;
        return run(() => onUnknownTopic?.(event), event);
      }
      return reject(result);
    };

    function reject(result: Exclude<ParseWebhookFailure<U>, { reason: "unknown_topic" }>) {
      if (result.status === 400 && result.reason !== "invalid_json") {
        const { rawEvent, issues, reason } = result;
        if (onInvalidEvent !== undefined)
          return run(() => onInvalidEvent(rawEvent, issues, reason));
        logger.warn(`Lucca webhook rejected: ${result.message}`, issues);
        return respond.invalidEvent(reason);
      }
      logger.warn(`Lucca webhook rejected (${result.reason}): ${result.message}`);
      if (result.status === 413) return respond.tooLarge();
      if (result.status === 401) return respond.unauthorized();
      return respond.invalidJson();
    }
  };
}
