import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import fc from "fast-check";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { fail, nullableFail, prefixErrors, pushError, refFail } from "./ajv-runtime.js";
import {
  constantErrorCounts,
  errorsThroughHelpers,
  FAIL_BINDING,
  NULLABLE_FAIL_BINDING,
  nullableRefsThroughHelper,
  PUSH_ERROR_BINDING,
  REF_FAIL_BINDING,
  refFailuresReturn,
  schemaReadsAsConstants,
  selfThroughLocal,
  trueFlagsDropped,
} from "./size-transforms.js";
import {
  nullSkipsRefCall,
  PREFIX_ERRORS_BINDING,
  refCallsWithoutContext,
  withoutSchemaPaths,
} from "./speed-transforms.js";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 2000);
type Validate = ((value: unknown) => boolean) & { errors?: unknown[] | null };

/** ajv's standalone CommonJS output for `schema`, rewritten, loaded as a module would be. */
function compileStandalone(schema: object, rewrite: (code: string) => string): Validate {
  const ajv = new Ajv2020({ code: { source: true }, allowUnionTypes: true, inlineRefs: false });
  Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
  const code = rewrite(withoutSchemaPaths(standalone.default(ajv, ajv.compile(schema))));
  const module = { exports: {} as Validate };
  runInNewContext(code, {
    [FAIL_BINDING]: fail,
    [PUSH_ERROR_BINDING]: pushError,
    [PREFIX_ERRORS_BINDING]: prefixErrors,
    [NULLABLE_FAIL_BINDING]: nullableFail,
    [REF_FAIL_BINDING]: refFail,
    module,
    exports: module.exports,
    require: createRequire(import.meta.url),
  });
  return module.exports;
}

const smaller = (code: string): string => {
  const { code: rewritten, constants } = schemaReadsAsConstants(code);
  return errorsThroughHelpers(rewritten, constants);
};

// Every keyword the helper writes messages for, failing at once and inside anyOf.
const schema = {
  type: "object",
  description: "A text only the schema object holds.",
  required: ["id"],
  properties: {
    id: { type: "string", minLength: 2, maxLength: 4 },
    kind: { enum: ["a", "b", "c"] },
    fixed: { const: "x" },
    nullable: { type: ["string", "null"], pattern: "^[a-z]+$" },
    count: { type: "integer", minimum: 1, maximum: 9 },
    ratio: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    list: { type: "array", minItems: 1, maxItems: 2 },
    either: { anyOf: [{ type: "string" }, { type: "number", minimum: 3 }] },
    one: { oneOf: [{ type: "string" }, { type: "string", minLength: 1 }] },
    closed: { type: "object", additionalProperties: false },
  },
};

describe("errorsThroughHelpers and schemaReadsAsConstants", () => {
  const original = compileStandalone(schema, (code) => code);
  const rewritten = compileStandalone(schema, smaller);

  it("give the verdict and the errors, messages included, that ajv gives", () => {
    const value = fc.oneof(
      fc.constantFrom(null, "", "ab", "abcde", "A", 0, 1, 3, 10, 0.5, 1.5, [], [1, 2, 3], {}),
      fc.constantFrom({ x: 1 }, ["a"], "a", "b", "x", "y"),
      fc.jsonValue({ maxDepth: 1 }),
    );
    const keys = Object.keys(schema.properties);
    const data = fc.oneof(
      fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 3 }),
      fc
        .dictionary(fc.constantFrom(...keys), value, { maxKeys: 3 })
        .map((d) => ({ id: "ab", ...d })),
      value,
    );
    fc.assert(
      fc.property(data, (input) => {
        expect(rewritten(input)).toBe(original(input));
        expect(rewritten.errors ?? null).toEqual(original.errors ?? null);
      }),
      { numRuns },
    );
  });

  it("build every error through the helpers and keep no schema object", () => {
    const ajv = new Ajv2020({ code: { source: true }, allowUnionTypes: true });
    const code = smaller(withoutSchemaPaths(standalone.default(ajv, ajv.compile(schema))));
    expect(code).not.toMatch(/message:/);
    expect(code).not.toContain("A text only the schema object holds.");
    expect(code).toMatch(/const schema\d+_properties_nullable_type = \["string","null"\];/);
  });

  it("keep an error literal whose message the helper would not write", () => {
    const code =
      'validate1.errors = [{instancePath,keyword:"type",params:{type: "string"},message:"be text"}];return false;';
    expect(errorsThroughHelpers(code)).toBe(code);
    const known = code.replace("be text", "must be string");
    expect(errorsThroughHelpers(known)).toBe(
      `return ${FAIL_BINDING}(validate1, instancePath, "type", {type: "string"});`,
    );
  });
});

describe("nullableRefsThroughHelper", () => {
  // Nullable $refs under a property and under additionalProperties (keys escaped, RFC 6901 §4).
  const nullable = {
    $defs: {
      Link: {
        type: "object",
        properties: { href: { type: "string", minLength: 2 } },
        required: ["href"],
      },
    },
    type: "object",
    properties: {
      self: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
      links: {
        type: "object",
        additionalProperties: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
      },
    },
  };
  const all = (code: string) =>
    nullableRefsThroughHelper(smaller(nullSkipsRefCall(refCallsWithoutContext(code))));
  const original = compileStandalone(nullable, (code) => code);
  const rewritten = compileStandalone(nullable, all);

  it("gives the verdict and the errors that ajv gives", () => {
    const link = fc.oneof(
      fc.constant(null),
      fc.record({ href: fc.constantFrom("a", "ab", 3) }, { requiredKeys: [] }),
      fc.jsonValue({ maxDepth: 1 }),
    );
    const data = fc.record(
      { self: link, links: fc.dictionary(fc.constantFrom("a", "a/b", "~"), link, { maxKeys: 3 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(data, (input) => {
        expect(rewritten(input)).toBe(original(input));
        expect(rewritten.errors ?? null).toEqual(original.errors ?? null);
      }),
      { numRuns },
    );
  });

  it("rewrites every nullable $ref", () => {
    const ajv = new Ajv2020({ code: { source: true }, inlineRefs: false });
    Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
    const code = all(withoutSchemaPaths(standalone.default(ajv, ajv.compile(nullable))));
    expect(code.match(new RegExp(`${NULLABLE_FAIL_BINDING}\\(`, "g"))).toHaveLength(2);
    expect(code).not.toContain('"anyOf"');
  });
});

describe("refFailuresReturn, constantErrorCounts, trueFlagsDropped and selfThroughLocal", () => {
  // $refs whose failure is final (under properties, allOf, items, a nullable anyOf) and $refs in
  // branches that may fail without failing the schema (anyOf and oneOf of two $refs).
  const schema = {
    $defs: {
      Link: {
        type: "object",
        properties: { href: { type: "string", minLength: 2 } },
        required: ["href"],
      },
      Named: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
    },
    type: "object",
    allOf: [{ $ref: "#/$defs/Named" }],
    properties: {
      self: { $ref: "#/$defs/Link" },
      list: { type: "array", items: { $ref: "#/$defs/Link" } },
      maybe: { anyOf: [{ $ref: "#/$defs/Link" }, { type: "null" }] },
      either: { anyOf: [{ $ref: "#/$defs/Link" }, { $ref: "#/$defs/Named" }] },
      one: { oneOf: [{ $ref: "#/$defs/Link" }, { $ref: "#/$defs/Named" }] },
    },
  };
  const pipeline = (code: string) =>
    selfThroughLocal(
      trueFlagsDropped(
        constantErrorCounts(
          refFailuresReturn(
            nullableRefsThroughHelper(smaller(nullSkipsRefCall(refCallsWithoutContext(code)))),
          ),
        ),
      ),
    );
  const original = compileStandalone(schema, (code) => code);
  const rewritten = compileStandalone(schema, pipeline);

  it("give the verdict and the errors that ajv gives", () => {
    const item = fc.oneof(
      fc.constant(null),
      fc.record(
        { href: fc.constantFrom("a", "ab", 3), name: fc.constantFrom("n", 1) },
        {
          requiredKeys: [],
        },
      ),
      fc.jsonValue({ maxDepth: 1 }),
    );
    const data = fc.record(
      {
        name: fc.constantFrom("n", 1),
        self: item,
        list: fc.oneof(fc.array(item, { maxLength: 3 }), item),
        maybe: item,
        either: item,
        one: item,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(data, (input) => {
        expect(rewritten(input)).toBe(original(input));
        expect(rewritten.errors ?? null).toEqual(original.errors ?? null);
      }),
      { numRuns },
    );
  });

  it("return at a final $ref failure only, and name each function through one constant", () => {
    const ajv = new Ajv2020({ code: { source: true }, inlineRefs: false });
    Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
    const code = pipeline(withoutSchemaPaths(standalone.default(ajv, ajv.compile(schema))));
    // The root holds the anyOf and oneOf of two $refs: its failures stay ajv's.
    expect(code).not.toContain(`${REF_FAIL_BINDING}(`);
    expect(code).toMatch(/function validate\d+\(data\)\{const self = validate\d+;/);
    const simple = { $defs: schema.$defs, properties: { self: { $ref: "#/$defs/Link" } } };
    const final = pipeline(withoutSchemaPaths(standalone.default(ajv, ajv.compile(simple))));
    expect(final).toContain(`return ${REF_FAIL_BINDING}(self, null, validate`);
  });

  it("drop the valid flags of a function that never collects an error, and keep the others", () => {
    const ajv = new Ajv2020({ code: { source: true }, inlineRefs: false });
    Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
    const simple = { $defs: schema.$defs, properties: { self: { $ref: "#/$defs/Link" } } };
    const final = pipeline(withoutSchemaPaths(standalone.default(ajv, ajv.compile(simple))));
    expect(final).not.toMatch(/\bvalid\d+\b/);
    // The root's anyOf and oneOf read their flags: those stay.
    const code = pipeline(withoutSchemaPaths(standalone.default(ajv, ajv.compile(schema))));
    expect(code).toMatch(/\bvalid\d+ = \w+ \|\| _valid\d+;/);
  });
});
