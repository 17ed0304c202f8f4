import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import fc from "fast-check";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { prefixErrors } from "./ajv-runtime.js";
import {
  exclusiveOneOfAsAnyOf,
  lengthChecksFromUtf16,
  nullSkipsBranchBeforeNull,
  nullSkipsRefCall,
  PREFIX_ERRORS_BINDING,
  refCallsWithoutContext,
  similarFunctionsTogether,
  withoutSchemaPaths,
} from "./speed-transforms.js";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 2000);
type Validate = ((value: unknown) => boolean) & { errors?: unknown[] | null };

function compile(root: object): Validate {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  return ajv.compile(root);
}

/** An ajv for standalone code, set as the generator sets it (emit-validators.ts). */
function standaloneAjv(): Ajv2020 {
  const ajv = new Ajv2020({ code: { source: true }, allowUnionTypes: true, inlineRefs: false });
  Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
  return ajv;
}

/** ajv's standalone CommonJS output, optionally rewritten, loaded as a module would be. */
function compileStandalone(schema: object, rewrite: (code: string) => string): Validate {
  const ajv = standaloneAjv();
  const code = rewrite(standalone.default(ajv, ajv.compile(schema)));
  const module = { exports: {} as Validate };
  runInNewContext(code, {
    [PREFIX_ERRORS_BINDING]: prefixErrors,
    module,
    exports: module.exports,
    require: createRequire(import.meta.url),
  });
  return module.exports;
}

const defs = {
  Link: { type: "object", properties: { href: { type: "string" } }, required: ["href"] },
  Reference: { allOf: [{ $ref: "#/$defs/Link" }], properties: { id: { type: "string" } } },
  Anything: {},
};

describe("exclusiveOneOfAsAnyOf", () => {
  it.each([
    ["nullable $ref", { oneOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] }, "anyOf"],
    ["$ref through allOf", { oneOf: [{ $ref: "#/$defs/Reference" }, { type: "null" }] }, "anyOf"],
    ["const and enum", { oneOf: [{ const: 1 }, { enum: ["a", "b"] }] }, "anyOf"],
    ["integer and string", { oneOf: [{ type: "integer" }, { type: "string" }] }, "anyOf"],
    ["integer and number overlap", { oneOf: [{ type: "integer" }, { type: "number" }] }, "oneOf"],
    ["two objects overlap", { oneOf: [{ $ref: "#/$defs/Link" }, { type: "object" }] }, "oneOf"],
    ["an untyped branch", { oneOf: [{ $ref: "#/$defs/Anything" }, { type: "null" }] }, "oneOf"],
    [
      "an anyOf of objects beside null",
      { oneOf: [{ anyOf: [{ $ref: "#/$defs/Link" }, { type: "object" }] }, { type: "null" }] },
      "anyOf",
    ],
    [
      "an anyOf that admits null beside null",
      { oneOf: [{ anyOf: [{ type: "string" }, { type: "null" }] }, { type: "null" }] },
      "oneOf",
    ],
    [
      "a nested oneOf of numbers beside a string",
      { oneOf: [{ oneOf: [{ type: "integer" }, { const: 1.5 }] }, { type: "string" }] },
      "anyOf",
    ],
    [
      "beside a discriminator",
      { oneOf: [{ type: "string" }, { type: "null" }], discriminator: { propertyName: "x" } },
      "oneOf",
    ],
  ] as const)("%s → %s", (_name, schema, want) => {
    const root = exclusiveOneOfAsAnyOf({ $defs: { ...defs, Entry: schema } });
    expect(Object.keys(root.$defs.Entry as object)).toContain(want);
  });

  it("rewrites schemas at any depth but never a property that happens to be named oneOf", () => {
    const root = exclusiveOneOfAsAnyOf({
      $defs: {
        Entry: {
          type: "object",
          properties: {
            oneOf: { type: "string" },
            links: {
              additionalProperties: { oneOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
            },
          },
        },
        Link: defs.Link,
      },
    });
    expect(root.$defs.Entry).toEqual({
      type: "object",
      properties: {
        oneOf: { type: "string" },
        links: { additionalProperties: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] } },
      },
    });
  });

  it("accepts exactly what the oneOf accepted", () => {
    const entry = {
      type: "object",
      properties: {
        a: { oneOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
        b: { oneOf: [{ type: "integer" }, { type: "string", minLength: 2 }, { const: true }] },
        c: {
          oneOf: [
            {
              anyOf: [
                { $ref: "#/$defs/Link" },
                { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
              ],
            },
            { type: "null" },
          ],
        },
      },
    };
    const original = compile({ $defs: defs, ...entry });
    const rewritten = compile(exclusiveOneOfAsAnyOf({ $defs: defs, ...entry }));
    const value = fc.record(
      {
        a: fc.oneof(fc.constant(null), fc.record({ href: fc.string() }), fc.jsonValue()),
        b: fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.jsonValue()),
        c: fc.oneof(
          fc.constant(null),
          fc.record({ href: fc.string(), id: fc.string() }, { requiredKeys: [] }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(value, (data) => {
        expect(rewritten(data)).toBe(original(data));
      }),
      { numRuns },
    );
  });
});

describe("lengthChecksFromUtf16", () => {
  it.each([0, 1, 2, 3, 10])("min/maxLength %i decide as ucs2length does", (n) => {
    const schema = { type: "object", properties: { min: { minLength: n }, max: { maxLength: n } } };
    const original = compileStandalone(schema, (code) => code);
    const rewritten = compileStandalone(schema, lengthChecksFromUtf16);
    // Astral characters are two UTF-16 units for one code point: the case .length gets wrong.
    const text = fc
      .array(fc.constantFrom("a", "é", "😀", "\ud800", "\udc00"), { maxLength: 2 * n + 3 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (value) => {
        for (const data of [{ min: value }, { max: value }]) {
          expect(rewritten(data)).toBe(original(data));
        }
      }),
      { numRuns },
    );
  });

  it("leaves code without length checks alone", () => {
    expect(lengthChecksFromUtf16("const x = 1;")).toBe("const x = 1;");
  });
});

describe("withoutSchemaPaths", () => {
  it("drops schemaPath from error objects and keeps every other field", () => {
    const schema = { type: "object", properties: { a: { type: "string" } } };
    const validate = compileStandalone(schema, withoutSchemaPaths);
    expect(validate({ a: 1 })).toBe(false);
    expect(validate.errors).toEqual([
      {
        instancePath: "/a",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      },
    ]);
  });

  it("leaves a string that spells schemaPath inside a constant alone", () => {
    const schema = { const: 'schemaPath:"x",' };
    const validate = compileStandalone(schema, withoutSchemaPaths);
    expect(validate('schemaPath:"x",')).toBe(true);
  });
});

describe("refCallsWithoutContext and nullSkipsRefCall", () => {
  // $refs at the root, under a property, inside an anyOf and under additionalProperties, whose
  // keys need RFC 6901 escapes: every way ajv passes a location to a callee.
  const schema = {
    $defs: {
      Link: {
        type: "object",
        properties: { href: { type: "string", minLength: 2 } },
        required: ["href"],
      },
      Links: {
        type: "object",
        additionalProperties: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
      },
      Resource: {
        type: "object",
        properties: { self: { $ref: "#/$defs/Link" }, links: { $ref: "#/$defs/Links" } },
      },
    },
    type: "object",
    allOf: [{ $ref: "#/$defs/Resource" }],
    properties: { parent: { $ref: "#/$defs/Resource" } },
  };
  const original = compileStandalone(schema, (code) => code);
  const rewritten = compileStandalone(schema, refCallsWithoutContext);
  const nullSkipping = compileStandalone(schema, (code) =>
    nullSkipsRefCall(refCallsWithoutContext(code)),
  );
  const link = fc.oneof(
    fc.record({ href: fc.constantFrom("a", "ab", 3) }, { requiredKeys: [] }),
    fc.constant(null),
    fc.jsonValue(),
  );
  const resource = fc.record(
    {
      self: link,
      links: fc.dictionary(fc.constantFrom("a", "a/b", "~", "~1/", ""), link, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  );

  it("gives the verdict and the errors, paths included, that ajv gives", () => {
    fc.assert(
      fc.property(fc.record({ parent: resource }, { requiredKeys: [] }), resource, (a, b) => {
        const data = { ...b, ...a };
        for (const validate of [rewritten, nullSkipping]) {
          expect(validate(data)).toBe(original(data));
          expect(validate.errors ?? null).toEqual(original.errors ?? null);
        }
      }),
      { numRuns },
    );
  });

  it("builds no context object: the functions take their data alone", () => {
    const ajv = standaloneAjv();
    const code = refCallsWithoutContext(standalone.default(ajv, ajv.compile(schema)));
    expect(code).not.toMatch(/parentData|rootData/);
    expect(code).toMatch(/function validate\d+\(data\)/);
  });

  it("checks null before calling a nullable $ref, and only there", () => {
    const ajv = standaloneAjv();
    const code = refCallsWithoutContext(standalone.default(ajv, ajv.compile(schema)));
    const skipping = nullSkipsRefCall(code);
    expect(skipping.match(/ !== null && !\(validate\d+\(/g)).toHaveLength(1);
    const notNullable = {
      ...schema,
      $defs: {
        ...schema.$defs,
        Links: {
          type: "object",
          additionalProperties: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "string" }] },
        },
      },
    };
    const other = refCallsWithoutContext(standalone.default(ajv, ajv.compile(notNullable)));
    expect(nullSkipsRefCall(other)).toBe(other);
  });

  it("refuses code that reads the data context in a way it does not rewrite", () => {
    expect(() => refCallsWithoutContext("f({ rootData });")).toThrow(/data context/);
  });
});

describe("nullSkipsBranchBeforeNull", () => {
  // Inline first branches of every kind ajv writes a block for, a null second branch, and a
  // third branch after it; beside them anyOfs the rewrite must leave alone.
  const schema = {
    $defs: { Link: defs.Link },
    type: "object",
    properties: {
      list: {
        anyOf: [{ type: "array", items: { type: "string" }, minItems: 1 }, { type: "null" }],
      },
      text: { anyOf: [{ type: "string", minLength: 2 }, { type: "null" }, { const: 7 }] },
      object: {
        anyOf: [{ type: "object", properties: { a: { type: "integer" } } }, { type: "null" }],
      },
      link: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
      nullFirst: { anyOf: [{ type: "null" }, { type: "string" }] },
      noNull: { anyOf: [{ type: "string" }, { type: "integer" }] },
    },
  };
  const pipeline = (code: string) =>
    nullSkipsBranchBeforeNull(nullSkipsRefCall(refCallsWithoutContext(withoutSchemaPaths(code))));
  const original = compileStandalone(schema, (code) => code);
  const rewritten = compileStandalone(schema, pipeline);
  const reference = compileStandalone(schema, (code) =>
    nullSkipsRefCall(refCallsWithoutContext(withoutSchemaPaths(code))),
  );

  it("gives the verdict and the errors that the code without it gives", () => {
    const field = fc.oneof(
      fc.constant(null),
      fc.constant(7),
      fc.string({ maxLength: 3 }),
      fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 2 }),
      fc.record(
        { a: fc.oneof(fc.integer(), fc.string()), href: fc.string() },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    const value = fc.record(
      { list: field, text: field, object: field, link: field, nullFirst: field, noNull: field },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(value, (data) => {
        expect(rewritten(data)).toBe(original(data));
        expect(rewritten(data)).toBe(reference(data));
        expect(rewritten.errors ?? null).toEqual(reference.errors ?? null);
      }),
      { numRuns },
    );
  });

  it("guards the three inline first branches before a null one, and no other", () => {
    const ajv = standaloneAjv();
    const code = standalone.default(ajv, ajv.compile(schema));
    const before = nullSkipsRefCall(refCallsWithoutContext(withoutSchemaPaths(code)));
    const after = nullSkipsBranchBeforeNull(before);
    const guards = (text: string) => text.match(/= errors;if\(data\d+ !== null\)\{/g)?.length ?? 0;
    expect(guards(after) - guards(before)).toBe(3);
    expect(after.match(/ !== null && !\(validate\d+\(/g)).toHaveLength(1);
  });
});

describe("similarFunctionsTogether", () => {
  const fn = (n: number, body: string) => `function validate${n}(data) {\n  ${body}\n}\n`;
  const code = [
    "var a = 1;\n",
    fn(1, 'return data === "employee";'),
    fn(2, "return typeof data === 'number' && data > 2;"),
    "var b = /* @__PURE__ */ f(validate1);\n",
    fn(3, 'return data === "employment";'),
    "export {\n  b\n};\n",
  ].join("");

  it("keeps every statement once and puts look-alike functions side by side", () => {
    const sorted = similarFunctionsTogether(code);
    expect(sorted.split("\n").sort()).toEqual(code.split("\n").sort());
    expect(sorted.indexOf("function validate3")).toBe(
      sorted.indexOf("function validate1") + fn(1, 'return data === "employee";').length,
    );
    expect(sorted.endsWith("export {\n  b\n};\n")).toBe(true);
  });

  it("is deterministic and idempotent", () => {
    const once = similarFunctionsTogether(code);
    expect(similarFunctionsTogether(once)).toBe(once);
  });
});
