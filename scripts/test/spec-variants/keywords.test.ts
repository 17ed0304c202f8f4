/**
 * Keywords and formats as vendor tools write them (JSON Schema 2020-12, draft-07 leftovers,
 * Swagger-isms), each changing what the generated validator accepts exactly as the spec means.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { SpecError } from "../../lib/spec/spec-error.js";
import {
  baseDocument,
  baseExample,
  readVariant,
  removeScratchRepos,
  scratchRepo,
} from "./scratch.js";

afterAll(removeScratchRepos);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The base spec with `change` applied to the Widget schema, read. */
async function widgetVariant(change: (widget: Json, doc: Json) => void, strict = false) {
  const doc = await baseDocument();
  change(doc.components.schemas.Widget, doc);
  return readVariant(await scratchRepo({ "openapi.yaml": doc }), strict);
}

/** The fixture's widget.created event with `data` merged with `data`. */
async function widgetEvent(data: Json): Promise<Json> {
  const event = await baseExample("widget.created");
  return { ...event, data: { ...event.data, ...data } };
}

describe("§3 keywords and formats", () => {
  it("unevaluatedProperties: false refuses a property no branch declares", async () => {
    const read = await widgetVariant((widget) => {
      widget.unevaluatedProperties = false;
    });
    expect(read.accepts("widget.created", await widgetEvent({}))).toBe(true);
    expect(read.accepts("widget.created", await widgetEvent({ extra: 1 }))).toBe(false);
  });

  it("unevaluatedItems: false refuses items past prefixItems", async () => {
    const read = await widgetVariant((widget) => {
      widget.properties.tags = {
        type: "array",
        prefixItems: [{ type: "string" }],
        unevaluatedItems: false,
      };
    });
    expect(read.accepts("widget.created", await widgetEvent({ tags: ["a"] }))).toBe(true);
    expect(read.accepts("widget.created", await widgetEvent({ tags: ["a", "b"] }))).toBe(false);
  });

  it("drops $schema and $id, and follows a $ref to an $anchor", async () => {
    const read = await widgetVariant((widget, doc) => {
      widget.$schema = "https://json-schema.org/draft/2020-12/schema";
      widget.$id = "urn:example:widget";
      doc.components.schemas.WidgetReference.$anchor = "widget-ref";
      widget.properties.owner.oneOf[0] = { $ref: "#widget-ref" };
    });
    expect(
      read.accepts("widget.created", await widgetEvent({ owner: { id: "2", type: "widget" } })),
    ).toBe(true);
    expect(
      read.accepts("widget.created", await widgetEvent({ owner: { id: 2, type: "widget" } })),
    ).toBe(false);
  });

  it("maps draft-07 definitions and dependencies to 2020-12", async () => {
    const read = await widgetVariant((widget) => {
      widget.definitions = { Tag: { type: "string", minLength: 2 } };
      widget.properties.tags = {
        type: "array",
        items: { $ref: "#/components/schemas/Widget/definitions/Tag" },
      };
      widget.dependencies = { createdAt: ["tags"] };
    });
    expect(read.accepts("widget.created", await widgetEvent({ tags: ["ok"] }))).toBe(true);
    expect(read.accepts("widget.created", await widgetEvent({ tags: ["x"] }))).toBe(false);
    expect(
      read.accepts("widget.created", await widgetEvent({ createdAt: "2024-01-01T00:00:00Z" })),
    ).toBe(false);
  });

  it("x-nullable: true lets null through", async () => {
    const read = await widgetVariant((widget) => {
      widget.properties.name["x-nullable"] = true;
    });
    expect(read.accepts("widget.created", await widgetEvent({ name: null }))).toBe(true);
  });

  it("an enum listing null lets null through", async () => {
    const read = await widgetVariant((widget) => {
      widget.properties.color = { type: "string", enum: ["red", null] };
    });
    expect(read.accepts("widget.created", await widgetEvent({ color: null }))).toBe(true);
    expect(read.accepts("widget.created", await widgetEvent({ color: "blue" }))).toBe(false);
  });

  it("a boolean exclusiveMinimum left in a 3.1 document still excludes the bound", async () => {
    const read = await widgetVariant((widget) => {
      widget.properties.weight = { type: "number", minimum: 0, exclusiveMinimum: true };
    });
    expect(read.accepts("widget.created", await widgetEvent({ weight: 0.5 }))).toBe(true);
    expect(read.accepts("widget.created", await widgetEvent({ weight: 0 }))).toBe(false);
  });

  it("an unknown format is a warning and an annotation; --strict makes it an error", async () => {
    const change = (widget: Json) => {
      widget.properties.code = { type: "string", format: "iban" };
    };
    const read = await widgetVariant(change);
    expect(read.warnings.map((w) => `${w.pointer}: ${w.reason}`)).toContainEqual(
      expect.stringMatching(
        /^\/components\/schemas\/Widget\/properties\/code\/format: unknown format "iban"/,
      ),
    );
    expect(read.accepts("widget.created", await widgetEvent({ code: "anything" }))).toBe(true);
    const error = await widgetVariant(change, true).catch((e: SpecError) => e);
    expect((error as SpecError).reason).toMatch(/unknown format "iban"/);
  });

  it("an unknown keyword is dropped with a warning; --strict makes it an error", async () => {
    const change = (widget: Json) => {
      widget.properties.name.maxlength = 3;
    };
    const read = await widgetVariant(change);
    expect(read.warnings.map((w) => w.reason)).toContainEqual(
      expect.stringMatching(/unknown schema keyword "maxlength"/),
    );
    const error = await widgetVariant(change, true).catch((e: SpecError) => e);
    expect((error as SpecError).pointer).toBe(
      "/components/schemas/Widget/properties/name/maxlength",
    );
  });

  it("an ajv compilation error names the schema's pointer", async () => {
    const error = await widgetVariant((widget) => {
      widget.properties.name.maxLength = "ten";
    }).catch((e: SpecError) => e);
    expect((error as SpecError).pointer).toBe(
      "/components/schemas/Widget/properties/name/maxLength",
    );
    expect((error as SpecError).reason).toMatch(/^cannot compile a validator/);
  });
});
