import type { EventModel, TopicModel } from "../model/event-model.js";
import type { JsonSchema } from "../model/normalize-schema.js";

/** The export that checks the envelope alone, for topics the version does not know. */
export const ENVELOPE_VALIDATOR = "isLuccaEventEnvelope";
// Entry points live beside the component schemas, under names no component can have.
const ENTRY_PREFIX = "__entry:";

/** The ajv options every validator is compiled with (the generator adds code output options). */
export const VALIDATOR_AJV_OPTIONS = {
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allowUnionTypes: true,
  // Inlining would copy each resource schema into the validators of all its topics.
  inlineRefs: false,
  // allErrors would let a hostile payload cost time proportional to its size.
  allErrors: false,
} as const;

/** The schemas to hand to ajv: one resource, and where each validator's entry point is in it. */
export interface ValidatorSchemas {
  root: { $id: string; $defs: Record<string, JsonSchema> };
  /** Validator export name (`isEmployeeCreatedEvent`, `isLuccaEventEnvelope`) → its `$ref`. */
  entries: Record<string, string>;
}

/**
 * One schema resource holds the components and every entry point, so that ajv compiles each
 * component once and all topics share it.
 */
export function composeValidatorSchemas(
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): ValidatorSchemas {
  const id = `urn:lucca-events:${apiVersion}`;
  const entryPoints: Record<string, JsonSchema> = {};
  for (const topic of model.topics) entryPoints[topic.validatorName] = topicSchema(topic);
  entryPoints[ENVELOPE_VALIDATOR] = openTopic(definitions[model.envelopeSchemaName]);
  const $defs: Record<string, JsonSchema> = { ...definitions };
  const entries: Record<string, string> = {};
  for (const [name, schema] of Object.entries(entryPoints)) {
    $defs[ENTRY_PREFIX + name] = schema;
    entries[name] = `${id}#/$defs/${ENTRY_PREFIX}${name}`;
  }
  return { root: { $id: id, $defs }, entries };
}

/**
 * A topic's event: the envelope, with `topic` fixed and `data` the topic's resource. It builds on
 * the open envelope so that one topic's validator does not carry the list of every topic.
 */
function topicSchema(topic: TopicModel): JsonSchema {
  return {
    allOf: [{ $ref: `#/$defs/${ENTRY_PREFIX}${ENVELOPE_VALIDATOR}` }],
    properties: {
      topic: { const: topic.topic },
      data: { $ref: `#/$defs/${topic.schemaName}` },
    },
  };
}

/** The envelope with `topic` opened to any string: what an event of an unknown topic must match. */
function openTopic(envelope: JsonSchema | undefined): JsonSchema {
  const schema = structuredClone(envelope) as Record<string, unknown>;
  const properties = { ...(schema.properties as Record<string, unknown>) };
  properties.topic = { type: "string", minLength: 1 };
  return { ...schema, properties };
}
