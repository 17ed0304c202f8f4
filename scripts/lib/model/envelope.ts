/**
 * @module Finding the event envelope: the component schema whose `type` property is the constant
 * `"event"` (Lucca's "Webhooks" page: every delivery is an event object with `id`, `type`,
 * `topic`, `data`…), read through `$ref` and `allOf`.
 */
import { COMPONENT_SCHEMAS, componentSchemas, type LoadedSpec } from "./document.js";
import type { Diagnostics } from "./diagnostics.js";
import { layers, propertyConstant, typeConstant } from "./schema-reading.js";
import { discriminatedEventSchemas } from "./topics.js";

/** The `type` constant of the envelope. */
export const EVENT_TYPE = "event";

/** Whether a schema is one topic's event (its `type` is `"event"` and its `topic` a constant). */
export function isTopicEvent(schema: unknown, document: unknown): boolean {
  return (
    typeConstant(schema, document) === EVENT_TYPE &&
    propertyConstant(schema, "topic", document) !== undefined
  );
}

/**
 * The envelope's component name. Per-topic event schemas (`topic` pinned) are not envelopes;
 * among the others, one that another includes through `allOf` is a base, not the envelope.
 */
export function findEnvelope(spec: LoadedSpec, diagnostics: Diagnostics): string | undefined {
  const { document } = spec;
  const schemas = componentSchemas(document);
  const events = Object.keys(schemas)
    .sort()
    .filter((name) => typeConstant(schemas[name], document) === EVENT_TYPE);
  const mapped = discriminatedEventSchemas(document);
  const bases = events.filter(
    (name) => !isTopicEvent(schemas[name], document) && !mapped.has(name),
  );
  // A spec of one topic may pin `topic` in the envelope itself.
  const candidates = bases.length > 0 ? bases : events;
  const included = new Set<unknown>(
    candidates.flatMap((name) => layers(schemas[name], document).slice(1)),
  );
  const outermost = candidates.filter((name) => !included.has(schemas[name]));
  if (outermost.length === 1) return outermost[0];
  const reason =
    outermost.length === 0
      ? `no event envelope: no schema has a "type" property whose constant is "${EVENT_TYPE}"` +
        (events.length > 0 ? ` and a "topic" that is not a constant` : "")
      : `several event envelopes: ${outermost.join(", ")} all have type "${EVENT_TYPE}"`;
  return diagnostics.fail(spec.file, COMPONENT_SCHEMAS, reason);
}
