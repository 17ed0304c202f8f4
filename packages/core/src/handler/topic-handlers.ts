import { ConfigurationError } from "../errors/lucca-events-errors.js";
import type { WebhookHandlerOptions } from "./handler-options.js";
import type { SafeLogger } from "./safe-logger.js";

/**
 * Checks that exactly one of `on` and `inbox` is given, and returns `on`. Only own properties of
 * `on` are handlers (a topic such as "toString" must never reach `Object.prototype`), so `on`
 * without any gets a warning, naming the prototype's methods when it is a class instance.
 */
export function checkTopicHandlers<M, U>(
  options: WebhookHandlerOptions<M, U>,
  logger: SafeLogger,
): object | undefined {
  const { on, inbox } = options as { on?: unknown; inbox?: unknown };
  if (inbox !== undefined) {
    if (on !== undefined) {
      throw new ConfigurationError(
        "createWebhookHandler() takes `on` or `inbox`, not both: with an inbox, events are " +
          "processed from the inbox.",
      );
    }
    const hooks = ["onUnknownTopic", "onInvalidEvent"].filter(
      (name) => (options as unknown as Record<string, unknown>)[name] !== undefined,
    );
    if (hooks.length > 0) {
      throw new ConfigurationError(
        `createWebhookHandler() with an inbox never calls ${hooks.join(" or ")}: the inbox keeps ` +
          "unknown and invalid events with their verdict. Process them from the inbox instead.",
      );
    }
    if (typeof (inbox as { accept?: unknown } | null)?.accept !== "function") {
      throw new ConfigurationError(
        "inbox must have an accept(delivery) method (an InboxReceiver).",
      );
    }
    return undefined;
  }
  if (typeof on !== "object" || on === null) {
    throw new ConfigurationError(
      "createWebhookHandler() needs `on`, an object with one handler per topic (or `inbox`).",
    );
  }
  const own = Object.keys(on).filter(
    (key) => typeof (on as Record<string, unknown>)[key] === "function",
  );
  if (own.length === 0) {
    const inherited = inheritedMethods(on);
    logger.warn(
      inherited.length > 0
        ? `Lucca webhook: \`on\` has no own topic handlers, so ${inherited.join(", ")} on its ` +
            "prototype (a class instance?) are ignored. Pass a plain object, e.g. " +
            '{ "employee.created": (event) => service.onEmployeeCreated(event) }.'
        : "Lucca webhook: `on` has no topic handlers: every event is answered 202 and dropped.",
    );
  }
  return on;
}

function inheritedMethods(value: object): string[] {
  const names: string[] = [];
  for (
    let proto = Object.getPrototypeOf(value) as object | null;
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== "constructor" && typeof (proto as Record<string, unknown>)[name] === "function")
        names.push(name);
    }
  }
  return names;
}
