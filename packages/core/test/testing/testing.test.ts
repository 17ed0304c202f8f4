import { describe, expect, it } from "vitest";
import { createTestEventFactory, signTestRequest } from "../../src/testing.js";
import { verifySignature } from "../../src/signature/verify-signature.js";
import { type FixtureEventMap, SECRET, examples } from "../fixtures/fixture-events.js";

const createTestEvent = createTestEventFactory<FixtureEventMap>(examples);

describe("createTestEvent", () => {
  it("returns a deep copy of the example, deterministic by default", () => {
    const event = createTestEvent("employee.created");
    expect(event).toEqual(examples["employee.created"]);
    event.data.tags.push("mutated");
    expect(examples["employee.created"].data.tags).toEqual(["a", "b"]);
  });

  it("deep-merges objects and replaces arrays and primitives", () => {
    const event = createTestEvent("employee.updated", {
      id: "evt-9",
      data: { email: "new@example.test", tags: ["z"] },
      previousAttributes: { email: "old@example.test" },
    });
    expect(event.id).toBe("evt-9");
    expect(event.data).toEqual({
      ...examples["employee.updated"].data,
      email: "new@example.test",
      tags: ["z"],
    });
    expect(event.previousAttributes).toEqual({ email: "old@example.test" });
  });

  it("ignores __proto__ in overrides", () => {
    const overrides = JSON.parse('{"__proto__":{"polluted":true},"data":{"__proto__":{"x":1}}}');
    const event = createTestEvent("employee.created", overrides);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(event.data)).toBe(Object.prototype);
  });

  it("throws for a topic without an example", () => {
    expect(() => createTestEvent("nope" as "employee.created")).toThrow(TypeError);
  });
});

describe("signTestRequest", () => {
  it("returns a POST that verifies, with Lucca's headers", async () => {
    const request = await signTestRequest(examples["employee.created"], SECRET);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://example.test/webhooks/lucca");
    expect(request.headers.get("content-type")).toBe("application/json");
    const timestamp = request.headers.get("lucca-timestamp");
    expect(timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const result = await verifySignature({
      body: await request.text(),
      signature: request.headers.get("lucca-signature"),
      timestamp,
      secret: SECRET,
    });
    expect(result).toEqual({ ok: true });
  });

  it("sends a string body verbatim, with the given timestamp and url", async () => {
    const request = await signTestRequest(" {} ", SECRET, {
      timestamp: "2025-01-01T08:34:23Z",
      url: "https://x.test/hook",
    });
    expect(await request.text()).toBe(" {} ");
    expect(request.url).toBe("https://x.test/hook");
    expect(request.headers.get("lucca-timestamp")).toBe("2025-01-01T08:34:23Z");
  });
});
