import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { API_VERSION, TOPICS, validateEvent } from "../../packages/api-2024-11-01/src/index.js";
import { loadMutableEvents, mutateAt, VALUE_OF_TYPE } from "./spec-mutations.js";

// The generated package's own validator, fed from outside its generated tests: these properties
// hold for whatever the spec says, because the mutations are derived from the spec's schemas.
const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

const events = await loadMutableEvents(API_VERSION);

// Keys that have tripped validators and merges before, mixed into random objects on purpose.
const keyArb = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "topic",
    "data",
  ),
);
const objectWithTopicArb = fc
  .tuple(fc.dictionary(keyArb, fc.jsonValue(), { maxKeys: 12 }), fc.constantFrom(...TOPICS))
  .map(([fields, topic]) => ({ ...fields, topic }));

function expectResult(result: unknown): void {
  expect(result).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
}

describe("validateEvent (properties)", () => {
  it("derives mutation slots for every topic from the spec", () => {
    expect(new Set(events.map((event) => event.topic))).toEqual(new Set(TOPICS));
    for (const { event, slots, topic, file } of events) {
      expect(validateEvent(event).ok, `${topic}/${file} is valid`).toBe(true);
      // Every event has at least the envelope's seven required properties.
      expect(slots.length, `${topic}/${file}`).toBeGreaterThanOrEqual(7);
    }
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectResult(validateEvent(value))),
      { numRuns },
    );
  });

  it("never throws on objects with a known topic and random fields", () => {
    fc.assert(
      fc.property(objectWithTopicArb, (value) => {
        const result = validateEvent(value);
        expectResult(result);
        // Random fields never add up to a whole valid event of that topic.
        expect(result.ok).toBe(false);
      }),
      { numRuns },
    );
  });

  it("never throws when any property of a valid event is replaced by a random JSON value", () => {
    const arb = fc
      .constantFrom(...events)
      .chain(({ event, slots }) =>
        fc.tuple(
          fc.constant(event),
          fc.constantFrom(...slots.map((slot) => slot.path)),
          fc.jsonValue(),
        ),
      );
    fc.assert(
      fc.property(arb, ([event, path, value]) =>
        expectResult(validateEvent(mutateAt(event, path, { value }))),
      ),
      { numRuns },
    );
  });

  it("rejects a valid event of any topic with one required property removed", () => {
    const arb = fc
      .constantFrom(...events)
      .chain(({ event, slots }) => fc.tuple(fc.constant(event), fc.constantFrom(...slots)));
    fc.assert(
      fc.property(arb, ([event, slot]) => {
        expect(validateEvent(mutateAt(event, slot.path)).ok).toBe(false);
      }),
      { numRuns },
    );
  });

  it("rejects a valid event of any topic with a required property given a value of the wrong type", () => {
    const arb = fc
      .constantFrom(...events)
      .chain(({ event, slots }) =>
        fc
          .constantFrom(...slots.filter((slot) => slot.wrongTypes.length > 0))
          .chain((slot) =>
            fc.tuple(fc.constant(event), fc.constant(slot), fc.constantFrom(...slot.wrongTypes)),
          ),
      );
    fc.assert(
      fc.property(arb, ([event, slot, type]) => {
        const mutated = mutateAt(event, slot.path, { value: VALUE_OF_TYPE[type] });
        expect(validateEvent(mutated).ok).toBe(false);
      }),
      { numRuns },
    );
  });
});
