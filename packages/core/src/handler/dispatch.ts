/**
 * One handler per topic, each given that topic's event and a context chosen by the caller (the
 * webhook handler, the API client's `events()` and the durable inbox each pass their own).
 */
export type TopicHandlers<E extends { topic: string }, C = undefined> = {
  [T in E["topic"]]?: (event: Extract<E, { topic: T }>, context: C) => unknown;
};

/**
 * Calls the handler of `event.topic`, if `handlers` has one as an own property, and resolves once
 * it settled; a throw or rejection propagates to the caller. Resolves `false` when no handler
 * exists for the topic. The same function serves pushed (webhook) and polled (API) events, so one
 * `on` object processes both.
 *
 * @example
 * const on = { "employee.created": async (event) => save(event.data) } satisfies TopicHandlers<LuccaEvent>;
 * for await (const result of client.events()) if (result.ok) await dispatch(result.event, on, undefined);
 */
export async function dispatch<E extends { topic: string }, C>(
  event: E,
  handlers: TopicHandlers<E, C>,
  context: C,
): Promise<boolean> {
  const handle = topicHandler(event, handlers);
  if (handle === undefined) return false;
  await handle(event, context);
  return true;
}

/**
 * The handler {@link dispatch} would call for `event`, or `undefined`. The webhook handler calls it
 * itself, so that a handler that returns at once costs no promise and no deadline timer.
 */
export function topicHandler<E extends { topic: string }, C>(
  event: E,
  handlers: TopicHandlers<E, C>,
): ((event: E, context: C) => unknown) | undefined {
  // Own properties only: a topic such as "toString" must never reach Object.prototype.
  if (!Object.hasOwn(handlers, event.topic)) return undefined;
  const handle = (handlers as Record<string, unknown>)[event.topic];
  return typeof handle === "function" ? (handle as (event: E, context: C) => unknown) : undefined;
}
