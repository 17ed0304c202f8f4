import { dispatch, type TopicHandlers } from "../handler/dispatch.js";
import type { ValidationIssue } from "../errors/lucca-events-errors.js";
import type { EventValidator } from "../validation/validation-result.js";
import { readStoredEvent } from "./stored-event.js";
import type {
  InboxJobContext,
  InboxWorker,
  InboxWorkOptions,
  InboxWorkSource,
  ProcessOutcome,
} from "./work-port.js";

/** A stored delivery that is not a valid event of the processing version. */
export interface InvalidStoredEvent {
  reason: string;
  issues: ValidationIssue[];
  rawBody: string;
}

/** Options of a version's `processInbox`. */
export interface ProcessInboxOptions<E extends { topic: string }, U> extends InboxWorkOptions {
  /** One handler per topic, given the typed event and the job's context; may be async. */
  on: TopicHandlers<E, InboxJobContext>;
  /** An event whose topic this version does not know; it stays stored as `unknown`. */
  onUnknownTopic?: (event: U, context: InboxJobContext) => unknown;
  /** A stored delivery that fails validation; it stays stored as `invalid`. */
  onInvalidEvent?: (invalid: InvalidStoredEvent, context: InboxJobContext) => unknown;
}

/**
 * Builds a version's `processInbox` on its validator: each stored delivery is validated again
 * (so upgrading the version package changes what is typed), then given to the handler of its
 * topic through the same `dispatch` the webhook handler and the API client use.
 */
export function createProcessInbox<E extends { topic: string }, U>(
  validateEvent: EventValidator<E, U>,
) {
  /**
   * Processes stored deliveries with typed handlers until `stop()`; a throwing handler is retried
   * with backoff, then dead-lettered. Events about one resource run one at a time, in order.
   *
   * @example
   * const worker = await processInbox(inbox, {
   *   on: { "employee.created": async (event, ctx) => save(event.data, ctx.key) },
   * });
   * process.on("SIGTERM", () => void worker.stop());
   */
  return function processInbox(
    inbox: InboxWorkSource,
    options: ProcessInboxOptions<E, U>,
  ): Promise<InboxWorker> {
    const { on, onUnknownTopic, onInvalidEvent, ...workOptions } = options;
    return inbox.work(async (delivery, context): Promise<ProcessOutcome> => {
      const result = readStoredEvent(delivery.rawBody, validateEvent);
      if (result.ok) {
        const handled = await dispatch(result.event, on, context);
        return { status: "done", handled };
      }
      if (result.reason === "unknown_topic") {
        await onUnknownTopic?.(result.event, context);
        return { status: "unknown", issues: result.issues };
      }
      const invalid = { reason: result.reason, issues: result.issues, rawBody: delivery.rawBody };
      await onInvalidEvent?.(invalid, context);
      return { status: "invalid", reason: result.reason, issues: result.issues };
    }, workOptions);
  };
}
