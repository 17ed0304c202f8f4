import { describe, expect, it } from "vitest";
import { eventKey, hasChanged } from "../../src/validation/event-helpers.js";
import { examples } from "../fixtures/fixture-events.js";

const updated = examples["employee.updated"];

describe("eventKey", () => {
  it("combines source and id without ambiguity", () => {
    expect(eventKey({ source: "https://acme.ilucca.net", id: "42" })).toBe(
      '["https://acme.ilucca.net","42"]',
    );
    expect(eventKey({ source: "a:b", id: "c" })).not.toBe(eventKey({ source: "a", id: "b:c" }));
    expect(eventKey({ source: 'a","b', id: "c" })).not.toBe(eventKey({ source: "a", id: 'b","c' }));
  });

  it("gives a retry the same key and another tenant a different one", () => {
    expect(eventKey({ ...updated })).toBe(eventKey(updated));
    expect(eventKey({ ...updated, source: "https://other.ilucca.net" })).not.toBe(
      eventKey(updated),
    );
  });
});

describe("hasChanged", () => {
  it("reads top-level previousAttributes, counting a null previous value", () => {
    expect(hasChanged(updated, "email")).toBe(true);
    expect(hasChanged(updated, "tags")).toBe(false);
  });

  it("reads data.previousAttributes, where Lucca's prose puts it", () => {
    const nested = {
      ...updated,
      previousAttributes: undefined,
      data: { ...updated.data, previousAttributes: { tags: [] } },
    };
    expect(hasChanged(nested, "tags")).toBe(true);
    expect(hasChanged(nested, "email")).toBe(false);
  });

  it("ignores inherited keys and missing or null attribute objects", () => {
    expect(hasChanged({ ...updated, previousAttributes: null }, "email")).toBe(false);
    expect(hasChanged(updated, "toString" as "email")).toBe(false);
  });
});
