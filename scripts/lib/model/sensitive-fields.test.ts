import { describe, expect, it } from "vitest";
import { sensitivePaths } from "./sensitive-fields.js";

const doc = (schemas: Record<string, unknown>) => ({ openapi: "3.1.0", components: { schemas } });

describe("sensitivePaths", () => {
  it.each([
    [
      "a marked property, a marked component reached through oneOf, and array items",
      {
        given: doc({
          Person: {
            properties: {
              email: { type: "string", "x-lucca-sensitive": true },
              bank: { oneOf: [{ $ref: "#/components/schemas/Bank" }, { type: "null" }] },
              addresses: { type: "array", items: { $ref: "#/components/schemas/Address" } },
              name: { type: "string" },
            },
          },
          Bank: { type: "object", "x-lucca-sensitive": true },
          Address: { properties: { street: { type: "string", "x-lucca-sensitive": true } } },
        }),
        want: [["addresses", "*", "street"], ["bank"], ["email"]],
      },
    ],
    [
      "the default names when the spec marks nothing, through allOf",
      {
        given: doc({
          Person: {
            allOf: [{ $ref: "#/components/schemas/Base" }],
            properties: { IBAN: { type: "string" }, phoneNumber: { type: "string" } },
          },
          Base: { properties: { birthDate: { type: "string" }, name: { type: "string" } } },
        }),
        want: [["IBAN"], ["birthDate"], ["phoneNumber"]],
      },
    ],
    [
      "a recursive schema ends",
      {
        given: doc({
          Person: {
            properties: {
              manager: { $ref: "#/components/schemas/Person" },
              email: { type: "string", "x-lucca-sensitive": true },
            },
          },
        }),
        want: [["email"], ["manager", "email"]],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(sensitivePaths(given, "Person")).toEqual(want);
  });
});
