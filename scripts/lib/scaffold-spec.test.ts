import { describe, expect, it } from "vitest";
import { rewriteApiVersionFields, rewriteInfoVersion } from "./scaffold-spec.js";

describe("rewriteInfoVersion", () => {
  it.each([
    [
      "quoted",
      'info:\n  version: "2024-11-01" # kept\n',
      'info:\n  version: "2025-06-01" # kept\n',
    ],
    [
      "plain",
      "info: { title: t, version: 2024-11-01 }\n",
      'info: { title: t, version: "2025-06-01" }\n',
    ],
    [
      "only info.version, not other versions",
      'x:\n  version: "2024-11-01"\ninfo:\n  version: "2024-11-01"\n',
      'x:\n  version: "2024-11-01"\ninfo:\n  version: "2025-06-01"\n',
    ],
  ])("%s", (_name, given, want) => {
    expect(rewriteInfoVersion(given, "2025-06-01", "spec.yaml")).toBe(want);
  });

  it("names the file and pointer when info.version is missing", () => {
    expect(() => rewriteInfoVersion("info: {}\n", "2025-06-01", "spec.yaml")).toThrow(
      "spec.yaml#/info/version",
    );
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
