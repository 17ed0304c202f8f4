/**
 * @module Every example a package is built from is checked against its topic's compiled
 * validator while generating; a topic without one gets a synthesized event, checked the same way.
 */
import type { CompiledValidators } from "../emit/emit-validators.js";
import type { Diagnostics } from "../model/diagnostics.js";
import { componentSchemas, type LoadedSpec } from "../model/document.js";
import type { EventModel } from "../model/event-model.js";
import { synthesizeEvent } from "./synthesize-event.js";
import type { SpecExamples } from "./load-examples.js";
import { SpecError } from "./spec-error.js";

/** What {@link checkExamples} needs. */
export interface ExampleCheck {
  readonly spec: LoadedSpec;
  readonly apiVersion: string;
  readonly model: EventModel;
  readonly compiled: CompiledValidators;
  readonly examples: SpecExamples;
  readonly examplesDir: string;
  readonly diagnostics: Diagnostics;
}

/** The first example of every topic (given or synthesized), and the topics synthesized. */
export interface CheckedExamples {
  readonly first: Record<string, unknown>;
  readonly synthesized: string[];
}

/**
 * Validates every given example and synthesizes one for each topic that has none (a warning
 * listing them; an error in a strict reading). Throws a `SpecError` at the first invalid one.
 */
export function checkExamples(check: ExampleCheck): CheckedExamples {
  const { model, compiled, examples, examplesDir, diagnostics, spec } = check;
  const missing = model.topics.filter((topic) => !examples.byTopic.has(topic.topic));
  if (missing.length > 0) {
    diagnostics.warn(
      "example",
      `${examplesDir}/`,
      "",
      `no example for ${missing.length} topic(s), so one was synthesized from the schema: ` +
        missing.map((topic) => topic.topic).join(", "),
    );
  }
  const schemas = componentSchemas(spec.document);
  const first: Record<string, unknown> = {};
  for (const topic of model.topics) {
    const given = examples.byTopic.get(topic.topic) ?? [];
    for (const { file, event } of given) {
      const [error] = compiled.validate(topic.validatorName, event);
      if (error !== undefined) {
        throw new SpecError(
          file,
          error.instancePath,
          `${error.message ?? error.keyword} (${error.keyword})`,
        );
      }
    }
    if (given[0] !== undefined) {
      first[topic.topic] = given[0].event;
      continue;
    }
    const event = synthesizeEvent(
      spec.document,
      schemas[model.envelopeSchemaName],
      schemas[topic.schemaName],
      { topic: topic.topic, apiVersion: check.apiVersion },
    );
    const [error] = compiled.validate(topic.validatorName, event);
    if (error !== undefined) {
      throw new SpecError(
        `${examplesDir}/${topic.topic}/`,
        error.instancePath,
        `the event synthesized from the schema is invalid (${error.message ?? error.keyword}): ` +
          "add an example file",
      );
    }
    first[topic.topic] = event;
  }
  return { first, synthesized: missing.map((topic) => topic.topic) };
}
