import { describe, expect, it } from "vitest";
import { rewriteApiVersionFields, rewriteVersionScalars } from "./scaffold-spec.js";

describe("rewriteVersionScalars", () => {
  it.each([
    [
      "quoted, comment kept",
      'info:\n  version: "2024-11-01" # kept\n',
      'info:\n  version: "2025-06-01" # kept\n',
    ],
    [
      "plain, flow style",
      "info: { title: t, version: 2024-11-01 }\n",
      'info: { title: t, version: "2025-06-01" }\n',
    ],
    [
      "the Api-Version enum follows; descriptions and other dates do not",
      'info: { version: "2024-11-01" }\nApiVersion:\n  description: only 2024-11-01\n  enum: ["2024-11-01", "2024-06-01"]\n',
      'info: { version: "2025-06-01" }\nApiVersion:\n  description: only 2024-11-01\n  enum: ["2025-06-01", "2024-06-01"]\n',
    ],
  ])("%s", (_name, given, want) => {
    expect(rewriteVersionScalars(given, "2024-11-01", "2025-06-01", "spec.yaml")).toBe(want);
  });

  it("names the file and pointer when info.version is not the source version", () => {
    expect(() =>
      rewriteVersionScalars("info: {}\n", "2024-11-01", "2025-06-01", "spec.yaml"),
    ).toThrow("spec.yaml#/info/version");
  });
});

describe("rewriteApiVersionFields", () => {
  it.each([
    ["top level", '{\n  "apiVersion": "2024-11-01"\n}', '{\n  "apiVersion": "2025-06-01"\n}'],
    ["nested, compact", '[{"apiVersion":"2024-11-01"}]', '[{"apiVersion":"2025-06-01"}]'],
    ["other versions kept", '{ "apiVersion": "2024-06-01" }', '{ "apiVersion": "2024-06-01" }'],
    ["other fields kept", '{ "occurredAt": "2024-11-01" }', '{ "occurredAt": "2024-11-01" }'],
  ])("%s", (_name, given, want) => {
    expect(rewriteApiVersionFields(given, "2024-11-01", "2025-06-01")).toBe(want);
  });
});
