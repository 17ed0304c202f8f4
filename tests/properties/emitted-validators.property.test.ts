import fc from "fast-check";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as emitted from "../../packages/api-2024-11-01/src/validators.js";
import { API_VERSION } from "../../packages/api-2024-11-01/src/index.js";
import { compileValidators } from "../../scripts/lib/emit/emit-validators.js";
import { buildDefinitions } from "../../scripts/lib/model/definitions.js";
import { buildEventModel } from "../../scripts/lib/model/event-model.js";
import { loadSpec } from "../../scripts/lib/spec/load-spec.js";
import { loadMutableEvents, mutateAt, type Path } from "./spec-mutations.js";

// The committed validators are ajv's standalone code rewritten for speed and size
// (scripts/lib/emit/speed-transforms.ts). Whatever the rewrites, each must answer as the ajv
// functions they were written from: same verdict, same errors, in the same order.
const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const specFile = `spec/${API_VERSION}/openapi.yaml`;
const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
const model = buildEventModel(spec);
const compiled = compileValidators(spec, API_VERSION, model, buildDefinitions(spec));
const events = await loadMutableEvents(API_VERSION);
const validatorOf = new Map(model.topics.map((topic) => [topic.topic, topic.validatorName]));

type Emitted = ((value: unknown) => boolean) & { errors?: readonly object[] | null };

/** Every path of `value` (objects and arrays, at any depth), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

// Values that reach the rewritten code paths: null (nullable $refs), objects of the wrong shape
// (failing callees, whose errors get prefixed), strings of every length class (min/maxLength
// decided from .length) and near-valid formats.
const replacement = fc.oneof(
  fc.constant(null),
  fc.constantFrom({}, { id: "1" }, { href: 3 }, [], "", "x", "😀😀", "é".repeat(256), 0, 1.5),
  fc.constantFrom("https://acme.ilucca.net/a b", "2024-13-01", "2024-11-04T09:15:43", "a@"),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A valid event with one value replaced or removed, anywhere in it, maybe beside an odd key. */
const mutatedEvent = fc.constantFrom(...events).chain(({ topic, event }) =>
  fc
    .tuple(
      fc.constantFrom(...pathsOf(event)),
      fc.option(replacement, { nil: undefined, freq: 4 }),
      fc.option(fc.constantFrom("a/b", "~", "~1"), { nil: undefined, freq: 3 }),
    )
    .map(([path, value, extraKey]) => {
      let mutated = mutateAt(event, path, value === undefined ? undefined : { value });
      // A key that needs RFC 6901 escaping, beside the mutated value in the same object.
      if (extraKey !== undefined && typeof path[path.length - 1] === "string") {
        mutated = mutateAt(mutated, [...path.slice(0, -1), extraKey], { value: value ?? null });
      }
      return { topic, event: mutated };
    }),
);

describe("emitted validators (properties)", () => {
  it("give the verdict and the errors of the ajv functions they were written from", () => {
    let failures = 0;
    fc.assert(
      fc.property(mutatedEvent, ({ topic, event }) => {
        const name = validatorOf.get(topic)!;
        const validate = (emitted as unknown as Record<string, Emitted>)[name]!;
        // The emitted errors carry no schemaPath (withoutSchemaPaths): nothing reads it.
        const expected = compiled.validate(name, event).map((error) => {
          const { schemaPath, ...rest } = error;
          expect(typeof schemaPath).toBe("string");
          return rest;
        });
        const valid = validate(event);
        if (!valid) failures++;
        expect(valid).toBe(expected.length === 0);
        expect(valid ? [] : [...(validate.errors ?? [])]).toEqual(expected);
      }),
      { numRuns },
    );
    // The mutations must reach the failure paths, or agreement proves little.
    expect(failures).toBeGreaterThan(numRuns / 10);
  });
});
