import { describe, expect, it } from "vitest";
import { normalizeSchema, type SchemaLocation } from "./normalize-schema.js";
import { SpecError } from "../spec/spec-error.js";

const at30: SchemaLocation = { file: "f.yaml", pointer: "/components/schemas/X", openapi: "3.0" };
const at31: SchemaLocation = { ...at30, openapi: "3.1" };

describe("normalizeSchema", () => {
  it.each([
    [
      "3.0 nullable string",
      { given: [{ type: "string", nullable: true }, at30], want: { type: ["string", "null"] } },
    ],
    [
      "3.0 nullable enum",
      {
        given: [{ type: "string", enum: ["a"], nullable: true }, at30],
        want: { type: ["string", "null"], enum: ["a", null] },
      },
    ],
    [
      "3.0 nullable allOf",
      {
        given: [{ allOf: [{ $ref: "#/components/schemas/A" }], nullable: true }, at30],
        want: { anyOf: [{ allOf: [{ $ref: "#/$defs/A" }] }, { type: "null" }] },
      },
    ],
    [
      "3.0 $ref siblings are ignored",
      {
        given: [{ $ref: "#/components/schemas/A", description: "ignored", maxLength: 3 }, at30],
        want: { $ref: "#/$defs/A" },
      },
    ],
    [
      "3.0 nullable $ref",
      {
        given: [{ $ref: "#/components/schemas/A", nullable: true }, at30],
        want: { anyOf: [{ $ref: "#/$defs/A" }, { type: "null" }] },
      },
    ],
    [
      "3.1 $ref siblings are kept",
      {
        given: [{ $ref: "#/components/schemas/A", description: "kept" }, at31],
        want: { $ref: "#/$defs/A", description: "kept" },
      },
    ],
    [
      "3.0 boolean exclusive bounds",
      {
        given: [
          {
            type: "number",
            minimum: 0,
            exclusiveMinimum: true,
            maximum: 9,
            exclusiveMaximum: false,
          },
          at30,
        ],
        want: { type: "number", exclusiveMinimum: 0, maximum: 9 },
      },
    ],
    [
      "OpenAPI-only keywords and x- extensions go, property names stay",
      {
        given: [
          {
            type: "object",
            title: "T",
            example: {},
            discriminator: { propertyName: "type" },
            "x-internal": true,
            properties: { "x-kept": { type: "string", format: "date-time-offset" } },
          },
          at31,
        ],
        want: {
          type: "object",
          properties: { "x-kept": { type: "string", format: "date-time-offset" } },
        },
      },
    ],
    ["boolean schemas", { given: [true, at31], want: true }],
  ] as const)("%s", (_name, { given, want }) => {
    expect(normalizeSchema(given[0], given[1])).toEqual(want);
  });

  it.each([
    [
      "unknown format",
      {
        given: { properties: { a: { type: "string", format: "iban" } } },
        pointer: "/components/schemas/X/properties/a/format",
        reason: /unknown format "iban"/,
      },
    ],
    [
      "unknown keyword",
      {
        given: { items: { type: "string", maxlength: 3 } },
        pointer: "/components/schemas/X/items/maxlength",
        reason: /unknown schema keyword "maxlength"/,
      },
    ],
    [
      "$ref outside components.schemas",
      {
        given: { $ref: "#/components/parameters/P" },
        pointer: "/components/schemas/X/$ref",
        reason: /must point into #\/components\/schemas\//,
      },
    ],
    [
      "schema that is not an object",
      {
        given: { allOf: ["string"] },
        pointer: "/components/schemas/X/allOf/0",
        reason: /must be an object or a boolean/,
      },
    ],
  ])("rejects %s with its pointer", (_name, { given, pointer, reason }) => {
    try {
      normalizeSchema(given, at31);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).pointer).toBe(pointer);
      expect((error as SpecError).reason).toMatch(reason);
    }
  });
});
