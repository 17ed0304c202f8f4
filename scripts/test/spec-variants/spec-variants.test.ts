/**
 * The generator reads the same API however a vendor tool writes it: each case is our `openapi-3.1`
 * fixture changed by one small transform (issue: "takes Lucca's published OpenAPI file as it is").
 */
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage } from "../../lib/generate-package.js";
import { SpecError } from "../../lib/spec/spec-error.js";
import {
  baseDocument,
  baseExample,
  bindings,
  readVariant,
  removeScratchRepos,
  scratchRepo,
  VERSION,
} from "./scratch.js";

afterAll(removeScratchRepos);

const S = "#/components/schemas/";
const BASE_BINDINGS = [
  "decision.created → Decision (Decision)",
  "widget.created → Widget (Widget)",
  "widget.updated → Widget (Widget)",
];

async function failure(promise: Promise<unknown>): Promise<SpecError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SpecError)) throw new Error(`expected a SpecError, got ${String(error)}`);
  return error;
}

describe("§1 any layout of one version's description", () => {
  it.each(["openapi.yml", "openapi.json"])("reads %s", async (name) => {
    const read = await readVariant(await scratchRepo({ [name]: await baseDocument() }));
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
  });

  it("names the folder when it holds no OpenAPI file", async () => {
    const root = await scratchRepo({ "README.md": "# nothing" });
    const error = await failure(generatePackage({ repoRoot: root, apiVersion: VERSION }));
    expect(error.message).toBe(
      `spec/${VERSION}/#: no OpenAPI file: put the description in openapi.yaml, openapi.yml, openapi.json`,
    );
  });

  it("reads an unquoted `openapi: 3.1`", async () => {
    const text = (await import("yaml"))
      .stringify(await baseDocument())
      .replace("openapi: 3.1.0", "openapi: 3.1");
    const read = await readVariant(await scratchRepo({ "openapi.yaml": text }));
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
  });

  it("bundles a spec split over files, keeping discriminator.mapping", async () => {
    const doc = await baseDocument();
    const { Widget, WidgetReference, Approval, Denial } = doc.components.schemas;
    Widget.properties.owner.oneOf[0] = { $ref: "#/WidgetReference" };
    doc.components.schemas.Widget = { $ref: "./schemas/widget.yaml#/Widget" };
    delete doc.components.schemas.WidgetReference;
    doc.components.schemas.Decision.oneOf = [
      { $ref: "./schemas/decisions.yaml#/Approval" },
      { $ref: "./schemas/decisions.yaml#/Denial" },
    ];
    doc.components.schemas.Decision.discriminator.mapping = {
      approval: "./schemas/decisions.yaml#/Approval",
      denial: "./schemas/decisions.yaml#/Denial",
    };
    delete doc.components.schemas.Approval;
    delete doc.components.schemas.Denial;
    const root = await scratchRepo({
      "openapi.yaml": doc,
      "schemas/widget.yaml": { Widget, WidgetReference },
      "schemas/decisions.yaml": { Approval, Denial },
    });
    const read = await readVariant(root);
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
    const denial = await baseExample("decision.created");
    expect(read.accepts("decision.created", denial)).toBe(true);
    expect(read.accepts("decision.created", { ...denial, data: { id: "9", type: "denial" } })).toBe(
      false,
    );
  });

  it("names the user's file and pointer for a problem inside a split file", async () => {
    const doc = await baseDocument();
    const { Widget, WidgetReference } = doc.components.schemas;
    Widget.properties.name.maxLength = "ten";
    Widget.properties.owner.oneOf[0] = { $ref: "#/WidgetReference" };
    doc.components.schemas.Widget = { $ref: "./schemas/widget.yaml#/Widget" };
    const files = { "openapi.yaml": doc, "schemas/widget.yaml": { Widget, WidgetReference } };
    const root = await scratchRepo(files);
    const error = await failure(generatePackage({ repoRoot: root, apiVersion: VERSION }));
    expect(error.file).toBe(`spec/${VERSION}/schemas/widget.yaml`);
    expect(error.pointer).toBe("/Widget/properties/name/maxLength");
  });
});

describe("§2 envelope, topics and resources found however they are written", () => {
  it("reads a resource built with allOf, beside a reference that pins the same type", async () => {
    const doc = await baseDocument();
    const rest = { ...doc.components.schemas.Widget.properties };
    delete rest.type;
    doc.components.schemas.WidgetBase = { ...doc.components.schemas.Widget, properties: rest };
    doc.components.schemas.Widget = {
      allOf: [{ $ref: `${S}WidgetBase` }, { properties: { type: { enum: ["widget"] } } }],
    };
    const read = await readVariant(await scratchRepo({ "openapi.yaml": doc }));
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
    const event = await baseExample("widget.created");
    const withoutName = { ...event.data };
    delete withoutName.name;
    expect(read.accepts("widget.created", { ...event, data: withoutName })).toBe(false);
  });

  it("finds an envelope built with allOf", async () => {
    const doc = await baseDocument();
    const { topic, ...rest } = doc.components.schemas.Event.properties;
    doc.components.schemas.EventBase = { ...doc.components.schemas.Event, properties: rest };
    doc.components.schemas.Event = {
      allOf: [{ $ref: `${S}EventBase` }, { properties: { topic } }],
    };
    const read = await readVariant(await scratchRepo({ "openapi.yaml": doc }));
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
  });

  it("reads topics from a oneOf of per-topic events with a discriminator mapping", async () => {
    const doc = await baseDocument();
    const schemas = doc.components.schemas;
    schemas.EventBase = { ...schemas.Event };
    schemas.EventBase.properties = { ...schemas.Event.properties, topic: { type: "string" } };
    const perTopic = (topic: string, resource: string) => ({
      allOf: [{ $ref: `${S}EventBase` }, { properties: { data: { $ref: `${S}${resource}` } } }],
      description: topic,
    });
    schemas.WidgetCreated = perTopic("widget.created", "Widget");
    schemas.WidgetUpdated = perTopic("widget.updated", "Widget");
    schemas.DecisionCreated = perTopic("decision.created", "Decision");
    schemas.Event = {
      oneOf: ["WidgetCreated", "WidgetUpdated", "DecisionCreated"].map((n) => ({ $ref: S + n })),
      discriminator: {
        propertyName: "topic",
        mapping: {
          "widget.created": `${S}WidgetCreated`,
          "widget.updated": `${S}WidgetUpdated`,
          "decision.created": `${S}DecisionCreated`,
        },
      },
    };
    const read = await readVariant(await scratchRepo({ "openapi.yaml": doc }));
    expect(read.model.envelopeSchemaName).toBe("EventBase");
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
    expect(read.accepts("widget.created", await baseExample("widget.created"))).toBe(true);
  });

  it("reads topics from OpenAPI 3.1 webhooks", async () => {
    const doc = await baseDocument();
    doc.components.schemas.Event.properties.topic = { type: "string" };
    const delivery = (resource: string) => ({
      post: {
        requestBody: {
          content: {
            "application/json": {
              schema: {
                allOf: [{ $ref: `${S}Event` }, { properties: { data: { $ref: S + resource } } }],
              },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    });
    doc.webhooks = {
      "widget.created": delivery("Widget"),
      "widget.updated": delivery("Widget"),
      "decision.created": delivery("Decision"),
    };
    const read = await readVariant(await scratchRepo({ "openapi.yaml": doc }));
    expect(bindings(read.model)).toEqual(BASE_BINDINGS);
  });

  it("takes the resource of a three-segment topic from everything before the last dot", async () => {
    const doc = await baseDocument();
    doc.components.schemas.Event.properties.topic.anyOf[0].enum.push("widget.part.created");
    doc.components.schemas.WidgetPart = {
      type: "object",
      properties: {
        id: { type: "string" },
        type: { const: "widget.part" },
        size: { type: "integer" },
      },
    };
    const read = await readVariant(await scratchRepo({ "openapi.yaml": doc }));
    const topic = read.model.topics.find((t) => t.topic === "widget.part.created")!;
    expect([topic.resourceType, topic.schemaName, topic.eventName]).toEqual([
      "widget.part",
      "WidgetPart",
      "WidgetPartCreatedEvent",
    ]);
  });

  it("lists values that are not topics in a warning", async () => {
    const read = await readVariant(await scratchRepo({ "openapi.yaml": await baseDocument() }));
    expect(read.warnings.map((w) => w.reason)).toEqual([
      expect.stringMatching(/not <resource>\.<action> topics.*: confirmation$/),
    ]);
  });

  it("refuses to bind a topic to a reference-shaped schema", async () => {
    const doc = await baseDocument();
    delete doc.components.schemas.Widget;
    const error = await failure(readVariant(await scratchRepo({ "openapi.yaml": doc })));
    expect(error.pointer).toBe("/components/schemas/WidgetReference");
    expect(error.reason).toMatch(/only holds id, type and url .*x-lucca-resource: widget/);
  });

  it("names types after the resource type, whatever the vendor's component keys", async () => {
    const text = (await import("yaml"))
      .stringify(await baseDocument())
      .replace(
        /\b(Event|Widget|WidgetReference|Decision|Approval|Denial)\b(?=:|")/g,
        "Lucca.Api.V5.$1",
      );
    const read = await readVariant(await scratchRepo({ "openapi.yaml": text }));
    expect(read.model.topics.map((t) => t.typeName)).toEqual(["Decision", "Widget", "Widget"]);
    expect(read.model.typeNames["Lucca.Api.V5.WidgetReference"]).toBe("WidgetReference");
    expect(read.model.typeNames["Lucca.Api.V5.Event"]).toBe("LuccaEventEnvelope");
  });
});
