import { Ajv2020 } from "ajv/dist/2020.js";
import {
  composeValidatorSchemas,
  VALIDATOR_AJV_OPTIONS,
  type ValidatorSchemas,
} from "../scripts/lib/emit/compose-validator-schemas.js";
import type { EventModel } from "../scripts/lib/model/event-model.js";
import type { JsonSchema } from "../scripts/lib/model/normalize-schema.js";

/**
 * The generator's ajv options, minus standalone code output, and with ajv's default `inlineRefs`:
 * the generator turns inlining off to keep one copy of each component, a size choice a user
 * compiling at run time has no reason to make, and one that makes ajv slower.
 */
export const AJV_OPTIONS = {
  ...VALIDATOR_AJV_OPTIONS,
  inlineRefs: true,
  code: { optimize: true },
} as const;

/** One schema resource holding the components and one entry point per topic, as the generator builds it. */
export interface ComposedSchemas {
  root: ValidatorSchemas["root"];
  /** Topic → the `$ref` of its entry point inside {@link ComposedSchemas.root}. */
  entries: Record<string, string>;
}

/** The generator's own composition, keyed by topic, so the baseline validates the same thing. */
export function composeSchemas(
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): ComposedSchemas {
  const { root, entries } = composeValidatorSchemas(apiVersion, model, definitions);
  return {
    root,
    entries: Object.fromEntries(
      model.topics.map((topic) => [topic.topic, entries[topic.validatorName]!]),
    ),
  };
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
