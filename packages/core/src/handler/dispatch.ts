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
  // Own properties only: a topic such as "toString" must never reach Object.prototype.
  if (!Object.hasOwn(handlers, event.topic)) return false;
  const handle = (handlers as Record<string, unknown>)[event.topic];
  if (typeof handle !== "function") return false;
  await (handle as (event: E, context: C) => unknown)(event, context);
  return true;
}
