/**
 * The deduplication key Lucca documents for an event: its `source` (tenant URL) with its `id`.
 * Joined as a JSON array so no pair of strings can collide (`"a:b" + "c"` vs `"a" + "b:c"`).
 *
 * @example
 * if (await seen.has(eventKey(event))) return; // at-least-once delivery: drop the retry
 * // eventKey({ source: "https://acme.ilucca.net", id: "42" }) === '["https://acme.ilucca.net","42"]'
 */
export function eventKey(event: { source: string; id: string }): string {
  return JSON.stringify([event.source, event.id]);
}

/** An `*.updated` event, with `previousAttributes` where the schema or the prose puts it. */
export interface UpdatedEventLike {
  /** Any `*.updated` topic. */
  topic: `${string}.updated`;
  /** The resource after the change; its keys are what `hasChanged` accepts. */
  data: object;
  /** The changed attributes' former values, when Lucca reports them at the top level. */
  previousAttributes?: object | null;
}

/**
 * Tells whether an `*.updated` event changed `key`: true when `key` is listed in
 * `previousAttributes` at the top level or in `data.previousAttributes`, since Lucca's schema and
 * prose disagree on the location (Lucca's "Event" resource page). Lucca lists previous attributes for some resources
 * only, so `false` may also mean "not reported".
 *
 * @example
 * if (event.topic === "employee.updated" && hasChanged(event, "email")) await syncEmail(event.data);
 */
export function hasChanged<E extends UpdatedEventLike>(
  event: E,
  key: keyof E["data"] & string,
): boolean {
  const nested = (event.data as { previousAttributes?: unknown }).previousAttributes;
  return listsKey(event.previousAttributes, key) || listsKey(nested, key);
}

// Own keys only: a `null` value still counts ("was null"), an inherited `toString` never does.
function listsKey(attributes: unknown, key: string): boolean {
  return typeof attributes === "object" && attributes !== null && Object.hasOwn(attributes, key);
}
