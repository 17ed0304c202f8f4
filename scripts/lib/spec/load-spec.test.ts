import { describe, expect, it } from "vitest";
import { parseSpec } from "./load-spec.js";
import { SpecError } from "./spec-error.js";

const FILE = "spec/2099-01-01/openapi.yaml";

function failure(text: string): { pointer: string; reason: string } {
  try {
    parseSpec(text, FILE);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    expect(error.message).toBe(`${FILE}#${error.pointer}: ${error.reason}`);
    return { pointer: error.pointer, reason: error.reason };
  }
  throw new Error("expected a SpecError");
}

describe("parseSpec", () => {
  it("reads OpenAPI 3.0 and 3.1, YAML or JSON, quoted or not", () => {
    expect(parseSpec("openapi: 3.0.3\npaths: {}\n", FILE).openapi).toBe("3.0");
    expect(parseSpec('{"openapi": "3.1.0", "paths": {}}', FILE).openapi).toBe("3.1");
    expect(parseSpec("openapi: 3.1\npaths: {}\n", FILE).openapi).toBe("3.1");
    expect(parseSpec("openapi: 3.0\npaths: {}\n", FILE).openapi).toBe("3.0");
  });

  it.each([
    [
      "YAML syntax error",
      {
        given: "openapi: 3.1.0\ncomponents: [\n",
        want: { pointer: "", reason: /^not valid YAML \(line \d+, column \d+\)/ },
      },
    ],
    [
      "duplicate key",
      {
        given: "openapi: 3.1.0\nopenapi: 3.1.0\n",
        want: { pointer: "", reason: /^not valid YAML/ },
      },
    ],
    ["not an object", { given: "- openapi\n", want: { pointer: "", reason: /must be an object/ } }],
    [
      "Swagger 2.0",
      {
        given: "swagger: '2.0'\n",
        want: {
          pointer: "/swagger",
          reason: /^Swagger 2.0 is not supported: convert it to OpenAPI 3/,
        },
      },
    ],
    [
      "OpenAPI 3.2",
      {
        given: "openapi: 3.2.0\n",
        want: { pointer: "/openapi", reason: /^OpenAPI 3.2.0 is not supported yet: use a 3.1.x/ },
      },
    ],
    [
      "OpenAPI 4",
      {
        given: "openapi: 4.0.0\n",
        want: { pointer: "/openapi", reason: /unsupported OpenAPI version "4.0.0"/ },
      },
    ],
    [
      "dangling $ref",
      {
        given:
          "openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      properties:\n        b: { $ref: '#/components/schemas/B' }\n",
        want: {
          pointer: "/components/schemas/A/properties/b/$ref",
          reason: /dangling \$ref: "#\/components\/schemas\/B"/,
        },
      },
    ],
    [
      "external $ref",
      {
        given: "openapi: 3.1.0\ncomponents:\n  schemas:\n    A: { $ref: 'other.yaml#/A' }\n",
        want: {
          pointer: "/components/schemas/A/$ref",
          reason: /external \$ref "other.yaml#\/A": load the file to bundle it/,
        },
      },
    ],
  ])("fails on %s, naming the pointer", (_name, { given, want }) => {
    const { pointer, reason } = failure(given);
    expect(pointer).toBe(want.pointer);
    expect(reason).toMatch(want.reason);
  });
});
