import { describe, expect, it } from "vitest";
import { stripIndentation } from "./strip-indentation.js";

describe("stripIndentation", () => {
  it("removes leading spaces and tabs, and keeps lines, names and annotations", async () => {
    const code = [
      "function check(value) {",
      "  if (value === 1) {",
      "\t\treturn /* @__PURE__ */ make(value);",
      "  }",
      "  return void 0;",
      "}",
      "",
    ].join("\n");
    expect(await stripIndentation(code, "a.js")).toBe(
      [
        "function check(value) {",
        "if (value === 1) {",
        "return /* @__PURE__ */ make(value);",
        "}",
        "return void 0;",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("leaves a file without indentation as it is", async () => {
    const code = 'export const a = "  b";\n';
    expect(await stripIndentation(code, "a.js")).toBe(code);
  });

  it("keeps spaces that are not indentation, inside strings too", async () => {
    const code = 'const a = {\n  b: "x  y",\n  c: `  z`\n};\nexport { a };\n';
    expect(await stripIndentation(code, "a.js")).toBe(
      'const a = {\nb: "x  y",\nc: `  z`\n};\nexport { a };\n',
    );
  });

  it("refuses a file whose multi-line template literal would change", async () => {
    const code = "export const text = `first\n  second`;\n";
    await expect(stripIndentation(code, "dist/a.js")).rejects.toThrow(/dist\/a\.js/);
  });
});
