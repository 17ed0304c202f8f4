import { Ajv2020 } from "ajv/dist/2020.js";
import type { EventModel } from "../scripts/lib/event-model.js";
import type { JsonSchema } from "../scripts/lib/normalize-schema.js";

/** The generator's ajv options minus standalone code output (mirrors scripts/lib/emit-validators.ts). */
export const AJV_OPTIONS = {
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allowUnionTypes: true,
  inlineRefs: false,
  allErrors: false,
  code: { optimize: true },
} as const;

const ENVELOPE_VALIDATOR = "isLuccaEventEnvelope";
const ENTRY_PREFIX = "__entry:";

/** One schema resource holding the components and one entry point per topic, as the generator builds it. */
export interface ComposedSchemas {
  root: { $id: string; $defs: Record<string, unknown> };
  /** Topic → the `$ref` of its entry point inside {@link ComposedSchemas.root}. */
  entries: Record<string, string>;
}

/**
 * Composes the schemas exactly as emit-validators does (topic = open envelope + `topic` const +
 * `data` $ref), so the runtime baseline validates what the generated code validates.
 */
export function composeSchemas(
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): ComposedSchemas {
  const id = `urn:lucca-events:${apiVersion}`;
  const defs: Record<string, unknown> = { ...definitions };
  const envelope = structuredClone(definitions[model.envelopeSchemaName]) as Record<
    string,
    unknown
  >;
  const properties = { ...(envelope.properties as Record<string, unknown>) };
  properties.topic = { type: "string", minLength: 1 };
  defs[ENTRY_PREFIX + ENVELOPE_VALIDATOR] = { ...envelope, properties };
  const entries: Record<string, string> = {};
  for (const topic of model.topics) {
    defs[ENTRY_PREFIX + topic.validatorName] = {
      allOf: [{ $ref: `#/$defs/${ENTRY_PREFIX}${ENVELOPE_VALIDATOR}` }],
      properties: { topic: { const: topic.topic }, data: { $ref: `#/$defs/${topic.schemaName}` } },
    };
    entries[topic.topic] = `${id}#/$defs/${ENTRY_PREFIX}${topic.validatorName}`;
  }
  return { root: { $id: id, $defs: defs }, entries };
}

/** A validator ajv compiled at run time. */
export type RuntimeValidator = (value: unknown) => boolean;

/** Compiles every topic's entry point with ajv at run time, as a user without codegen would. */
export function compileRuntimeAjv(
  composed: ComposedSchemas,
  formats: Record<string, unknown>,
): Map<string, RuntimeValidator> {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, formats: { ...formats } as never });
  // The generator turns these off for the same reason: normalized specs use neither feature.
  Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
  ajv.addSchema(composed.root);
  const validators = new Map<string, RuntimeValidator>();
  for (const [topic, ref] of Object.entries(composed.entries)) {
    const validate = ajv.getSchema(ref);
    if (validate === undefined) throw new Error(`ajv could not compile ${ref}`);
    validators.set(topic, (value) => validate(value) as boolean);
  }
  return validators;
}
