import { describe, expect, it } from "vitest";
import { appendPointer, parsePointer, resolvePointer } from "./json-pointer.js";

describe("json pointers", () => {
  it.each([
    ["plain token", { given: ["", "components"], want: "/components" }],
    [
      "slash escaped",
      { given: ["/paths", "/lucca-api/events"], want: "/paths/~1lucca-api~1events" },
    ],
    ["tilde escaped", { given: ["", "a~b"], want: "/a~0b" }],
    ["index", { given: ["/enum", 3], want: "/enum/3" }],
  ] as const)("append: %s", (_name, { given, want }) => {
    expect(appendPointer(given[0], given[1])).toBe(want);
  });

  it("parses what it appends", () => {
    expect(parsePointer(appendPointer(appendPointer("", "/a~"), "b"))).toEqual(["/a~", "b"]);
    expect(parsePointer("#/components/schemas/Employee")).toEqual([
      "components",
      "schemas",
      "Employee",
    ]);
    expect(parsePointer("#")).toEqual([]);
  });

  it("resolves own properties only", () => {
    const document = { a: { "b/c": [10, 20] } };
    expect(resolvePointer(document, "#/a/b~1c/1")).toBe(20);
    expect(resolvePointer(document, "#/a/missing")).toBeUndefined();
    expect(resolvePointer(document, "#/a/toString")).toBeUndefined();
  });
});
