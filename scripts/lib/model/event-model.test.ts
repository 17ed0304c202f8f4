import { describe, expect, it } from "vitest";
import { buildEventModel } from "./event-model.js";
import { parseSpec } from "../spec/load-spec.js";
import { SpecError } from "../spec/spec-error.js";

const envelope = (topic: unknown) => ({
  type: "object",
  properties: { type: { const: "event" }, topic, data: { type: "object" } },
});
const resource = (type: string, extra: Record<string, unknown> = {}) => ({
  type: "object",
  properties: { id: { type: "string" }, type: { const: type }, url: { type: "string" }, ...extra },
});
const reference = (type: string) => ({
  type: "object",
  properties: { id: { type: "string" }, type: { type: "string", const: type } },
});

function specOf(schemas: Record<string, unknown>) {
  return parseSpec(JSON.stringify({ openapi: "3.1.0", components: { schemas } }), "spec.yaml");
}

function mapping(schemas: Record<string, unknown>): Record<string, string> {
  const model = buildEventModel(specOf(schemas));
  return Object.fromEntries(model.topics.map((topic) => [topic.topic, topic.schemaName]));
}

describe("buildEventModel", () => {
  it.each([
    [
      "type constants, sorted topics",
      {
        given: {
          Event: envelope({ enum: ["b.created", "a.updated"] }),
          A: resource("a"),
          B: resource("b"),
        },
        want: { "a.updated": "A", "b.created": "B" },
      },
    ],
    [
      "a reference schema sharing the constant loses to the schema named after the type",
      {
        given: {
          Event: envelope({ enum: ["job-position.created"] }),
          JobPositionReference: reference("job-position"),
          JobPosition: resource("job-position"),
        },
        want: { "job-position.created": "JobPosition" },
      },
    ],
    [
      "otherwise the one with more than id, type and url",
      {
        given: {
          Event: envelope({ enum: ["post.created"] }),
          Ref: reference("post"),
          Article: resource("post", { title: { type: "string" } }),
        },
        want: { "post.created": "Article" },
      },
    ],
    [
      "x-lucca-resource where type is a discriminator",
      {
        given: {
          Event: envelope({ enum: ["decision.created"] }),
          Decision: {
            "x-lucca-resource": "decision",
            oneOf: [{ $ref: "#/components/schemas/Yes" }],
          },
          Yes: resource("yes-decision"),
        },
        want: { "decision.created": "Decision" },
      },
    ],
    [
      "topics from anyOf branches and a $ref, confirmation skipped",
      {
        given: {
          Event: envelope({
            anyOf: [{ $ref: "#/components/schemas/Topic" }, { const: "confirmation" }],
          }),
          Topic: { type: "string", enum: ["a.created", "a.created"] },
          A: resource("a"),
        },
        want: { "a.created": "A" },
      },
    ],
    [
      "3.0 enum-valued type",
      {
        given: {
          Event: {
            properties: {
              type: { type: "string", enum: ["event"] },
              topic: { enum: ["a.deleted"] },
            },
          },
          A: { properties: { type: { type: "string", enum: ["a"] } } },
        },
        want: { "a.deleted": "A" },
      },
    ],
  ])("maps topics: %s", (_name, { given, want }) => {
    expect(mapping(given)).toEqual(want);
  });

  it("marks *.updated topics and names their interface and guard", () => {
    const model = buildEventModel(
      specOf({ Event: envelope({ enum: ["a.updated"] }), A: resource("a") }),
    );
    expect(model.topics[0]).toMatchObject({
      isUpdate: true,
      eventName: "AUpdatedEvent",
      validatorName: "isAUpdatedEvent",
      resourceType: "a",
    });
  });

  it.each([
    [
      "no envelope",
      { given: { A: resource("a") }, pointer: "/components/schemas", reason: /no event envelope/ },
    ],
    [
      "two envelopes",
      {
        given: { E1: envelope({ enum: ["a.created"] }), E2: envelope({ enum: ["a.created"] }) },
        pointer: "/components/schemas",
        reason: /several event envelopes: E1, E2/,
      },
    ],
    [
      "a topic with no resource",
      {
        given: { Event: envelope({ enum: ["a.created", "ghost.created"] }), A: resource("a") },
        pointer: "/components/schemas/Event/properties/topic/enum/1",
        reason: /topic "ghost.created" has no resource/,
      },
    ],
    [
      "two topics mapping to one identifier",
      {
        given: {
          Event: envelope({ enum: ["job-position.created", "job_position.created"] }),
          JobPosition: resource("job-position"),
        },
        pointer: "/components/schemas/Event/properties/topic/enum/1",
        reason:
          /topics "job-position.created" and "job_position.created" both map to the identifier JobPositionCreatedEvent/,
      },
    ],
    [
      "an ambiguous resource",
      {
        given: { Event: envelope({ enum: ["a.created"] }), X: resource("a"), Y: resource("a") },
        pointer: "/components/schemas/Y",
        reason: /matches several schemas \(X, Y\): mark the one .* with x-lucca-resource: a/,
      },
    ],
    [
      "no topic at all",
      {
        given: { Event: envelope({ const: "confirmation" }) },
        pointer: "/components/schemas/Event/properties/topic",
        reason: /lists no <resource>.<action> topic/,
      },
    ],
  ])("fails on %s", (_name, { given, pointer, reason }) => {
    try {
      buildEventModel(specOf(given));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).file).toBe("spec.yaml");
      expect((error as SpecError).pointer).toBe(pointer);
      expect((error as SpecError).reason).toMatch(reason);
    }
  });
});
