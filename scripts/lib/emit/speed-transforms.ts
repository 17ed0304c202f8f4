/**
 * Rewrites that make the emitted validators faster without changing what they accept: one on the
 * composed schemas before ajv compiles them, one on ajv's standalone code after. Each is tested
 * for equivalence against ajv on the unrewritten input (speed-transforms.test.ts).
 */
import type { JsonSchema } from "../model/normalize-schema.js";

type SchemaObject = Record<string, unknown>;
type TypeName = "null" | "boolean" | "object" | "array" | "number" | "string";
const ALL_TYPES: ReadonlySet<TypeName> = new Set([
  "null",
  "boolean",
  "object",
  "array",
  "number",
  "string",
]);

function jsonType(value: unknown): TypeName {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as TypeName;
}

/**
 * The JSON types a schema can accept, as far as its own `type`, `const`, `enum`, `$ref`,
 * `allOf`, `anyOf` and `oneOf` tell (JSON Schema 2020-12 Validation §6.1); all types when nothing
 * narrows it.
 */
function acceptedTypes(
  schema: unknown,
  defs: Readonly<Record<string, JsonSchema>>,
  seen: ReadonlySet<unknown> = new Set(),
): ReadonlySet<TypeName> {
  if (schema === false) return new Set();
  if (schema === null || typeof schema !== "object" || seen.has(schema)) return ALL_TYPES;
  const node = schema as SchemaObject;
  const visiting = new Set(seen).add(schema);
  let types = new Set(ALL_TYPES);
  const narrow = (allowed: Iterable<TypeName>) => {
    const keep = new Set(allowed);
    types = new Set([...types].filter((type) => keep.has(type)));
  };
  if (typeof node.type === "string" || Array.isArray(node.type)) {
    const names = ([] as unknown[]).concat(node.type);
    // "integer" is a subset of "number" (§6.1.1), which is all a disjointness test needs.
    narrow(names.map((name) => (name === "integer" ? "number" : (name as TypeName))));
  }
  if ("const" in node) narrow([jsonType(node.const)]);
  if (Array.isArray(node.enum)) narrow(node.enum.map(jsonType));
  if (typeof node.$ref === "string" && node.$ref.startsWith("#/$defs/")) {
    const target = defs[decodeURIComponent(node.$ref.slice("#/$defs/".length))];
    narrow(acceptedTypes(target, defs, visiting));
  }
  if (Array.isArray(node.allOf)) {
    for (const member of node.allOf) narrow(acceptedTypes(member, defs, visiting));
  }
  // A value an anyOf or oneOf accepts is accepted by one of its branches (Validation §10.2.1.2–3).
  for (const branches of [node.anyOf, node.oneOf]) {
    if (!Array.isArray(branches)) continue;
    const union = new Set<TypeName>();
    for (const branch of branches)
      for (const type of acceptedTypes(branch, defs, visiting)) union.add(type);
    narrow(union);
  }
  return types;
}

function pairwiseDisjoint(sets: readonly ReadonlySet<TypeName>[]): boolean {
  const union = new Set<TypeName>();
  for (const set of sets) {
    for (const type of set) {
      if (union.has(type)) return false;
      union.add(type);
    }
  }
  return true;
}

/**
 * `oneOf` whose branches accept pairwise disjoint JSON types, rewritten as `anyOf`: no value can
 * match two branches, so "exactly one" and "at least one" agree (Validation §10.2.1.2–3), and
 * ajv's `anyOf` stops at the first match instead of trying, and building errors for, every
 * branch. The nullable pattern `oneOf: [{ $ref }, { type: "null" }]` is the common case.
 */
export function exclusiveOneOfAsAnyOf<T extends { $defs: Record<string, JsonSchema> }>(root: T): T {
  const defs = root.$defs;
  const rewrite = (schema: unknown): unknown => {
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
    const node: SchemaObject = { ...(schema as SchemaObject) };
    for (const [key, child] of Object.entries(node)) {
      if (SCHEMA_KEYWORDS.has(key)) node[key] = rewrite(child);
      else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(child))
        node[key] = child.map(rewrite);
      else if (SCHEMA_MAP_KEYWORDS.has(key) && child !== null && typeof child === "object") {
        node[key] = Object.fromEntries(
          Object.entries(child).map(([name, value]) => [name, rewrite(value)]),
        );
      }
    }
    const branches = node.oneOf;
    // ajv's discriminator keyword only works on oneOf.
    if (!Array.isArray(branches) || "anyOf" in node || "discriminator" in node) return node;
    if (!pairwiseDisjoint(branches.map((branch) => acceptedTypes(branch, defs)))) return node;
    const { oneOf, ...rest } = node;
    return { ...rest, anyOf: oneOf };
  };
  return rewrite(root) as T;
}

// The keywords whose values are subschemas (JSON Schema 2020-12 Core §10, Validation §8.2.4).
const SCHEMA_KEYWORDS = new Set([
  "additionalProperties",
  "items",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
]);
const SCHEMA_LIST_KEYWORDS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_MAP_KEYWORDS = new Set([
  "$defs",
  "properties",
  "patternProperties",
  "dependentSchemas",
]);

const UCS2LENGTH_BINDING =
  /(?:const|var|let) (\w+) = (?:require\("ajv\/dist\/runtime\/ucs2length"\)\.default|__ajv_ucs2length);/;

/**
 * `minLength`/`maxLength` decided from the UTF-16 `.length` where it is enough: a string of
 * `length` code units holds between `length / 2` and `length` code points (JSON Schema counts
 * code points, Validation §6.3), so the code points are only counted when `length` lies in
 * [n, 2n). ajv emits `ucs2length(data) < n` and `ucs2length(data) > n`; both are rewritten.
 */
export function lengthChecksFromUtf16(code: string): string {
  const binding = UCS2LENGTH_BINDING.exec(code)?.[1];
  if (binding === undefined) return code;
  const call = new RegExp(String.raw`\b${binding}\((\w+)\) ([<>]) (\d+)\b`, "g");
  return code.replace(call, (_match, data: string, operator: string, bound: string) => {
    const n = Number(bound);
    // Any non-empty string holds at least one code point.
    if (n === 1 && operator === "<") return `${data}.length === 0`;
    if (n === 0 && operator === ">") return `${data}.length !== 0`;
    return operator === "<"
      ? `(${data}.length < ${2 * n} && (${data}.length < ${n} || ${binding}(${data}) < ${n}))`
      : `(${data}.length > ${n} && (${data}.length > ${2 * n} || ${binding}(${data}) > ${n}))`;
  });
}

// `schemaPath` is set on every error object ajv builds, and read by nothing: core's issues carry
// instancePath, keyword, message and params. Quotes inside string literals are escaped, so this
// only ever matches the property itself.
const SCHEMA_PATH = /schemaPath:"(?:[^"\\]|\\.)*",/g;

/** ajv's standalone code without the `schemaPath` of its error objects. */
export function withoutSchemaPaths(code: string): string {
  return code.replace(SCHEMA_PATH, "");
}

// ajv's standalone functions take a data context (instancePath, parentData, ...) that only
// `$data`, `$dynamicRef` and the error paths read; the generator enables neither of the first two.
const FUNCTION_HEAD =
  /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{/g;
// A `$ref` call and the error merge ajv writes right after it (vocabularies/core/ref.ts).
const REF_CALL =
  /if\(!\((validate\d+)\(([^,(){}]+), \{instancePath(?::([^{}]+?))?,parentData(?::[^,]+)?,parentDataProperty(?::(?:"(?:[^"\\]|\\.)*"|\w+))?,rootData\}\)\)\)\{vErrors = vErrors === null \? \1\.errors : vErrors\.concat\(\1\.errors\);/g;

/** The binding, imported from ajv-runtime.ts, that prefixes a callee's errors with a path. */
export const PREFIX_ERRORS_BINDING = "__ajv_prefixErrors";

/**
 * `$ref` calls without a data context: each function reports paths from its own data, and the
 * caller prefixes the callee's errors with the callee's location only when the call failed. ajv
 * builds the location (and, under `additionalProperties`, escapes every key, RFC 6901 §4) before
 * every call, valid or not; this way a valid event builds no path string and no context object.
 */
export function refCallsWithoutContext(code: string): string {
  const rewritten = code
    .replace(
      FUNCTION_HEAD,
      (_match, name: string) => `function ${name}(data){const instancePath="";`,
    )
    .replace(
      REF_CALL,
      (_match, callee: string, data: string, path?: string) =>
        `if(!(${callee}(${data}))){vErrors = ${PREFIX_ERRORS_BINDING}(vErrors, ${callee}.errors, ${path ?? "instancePath"});`,
    );
  if (/\b(?:parentData|parentDataProperty|rootData)\b/.test(rewritten)) {
    throw new Error("ajv's standalone code reads a data context this rewrite does not know");
  }
  return rewritten;
}

// `anyOf: [{ $ref }, { type: "null" }]` as ajv writes it: the call (refCallsWithoutContext's
// form), then a second branch that is the null check alone.
const NULLABLE_REF = new RegExp(
  [
    String.raw`(const (_errs\d+) = errors;)if\(!\((validate\d+)\(([^,(){}]+)\)\)\)`,
    String.raw`(\{vErrors = ${PREFIX_ERRORS_BINDING}\(vErrors, \3\.errors, [^;]+\);errors = vErrors\.length;\}`,
    String.raw`var (_valid\d+) = \2 === errors;(valid\d+) = \7 \|\| \6;`,
    String.raw`if\(!\7\)\{const (_errs\d+) = errors;if\(\4 !== null\)\{const (err\d+) = \{instancePath[,:][^;]*?keyword:"type",params:\{type: "null"\}(?:,message:"must be null")?\};`,
    String.raw`if\(vErrors === null\)\{vErrors = \[\9\];\}else \{vErrors\.push\(\9\);\}errors\+\+;\}`,
    String.raw`var _valid\d+ = \8 === errors;\7 = \7 \|\| _valid\d+;\})`,
  ].join(""),
  "g",
);

/**
 * In a nullable `$ref` (`anyOf: [{ $ref }, { type: "null" }]`), `null` skips the call: the second
 * branch accepts it, so the anyOf's verdict and errors are the same, but ajv would first run the
 * callee on `null`, build its type error, prefix it and throw it away. Run after
 * {@link refCallsWithoutContext}.
 */
export function nullSkipsRefCall(code: string): string {
  return code.replace(
    NULLABLE_REF,
    (_match, head: string, _errs: string, callee: string, data: string, rest: string) =>
      `${head}if(${data} !== null && !(${callee}(${data})))${rest}`,
  );
}

// An anyOf whose second branch is `{ type: "null" }` alone, as ajv writes it: the first branch
// (any code, between its `_errs` mark and the check of that mark), then the null check. Later
// branches, if any, sit inside the `if(!valid)` that follows.
const NULL_SECOND_BRANCH = new RegExp(
  [
    // The branch ends at the first check of its mark, and never runs into the next function.
    String.raw`(let (valid\d+) = false;const (_errs\d+) = errors;)(?!if\(\w+ !== null && )((?:(?!\3 === errors|function )[\s\S])*)`,
    String.raw`(var (_valid\d+) = \3 === errors;\2 = \2 \|\| \6;if\(!\2\)\{const (_errs\d+) = errors;if\((\w+) !== null\)\{const (err\d+) = \{instancePath[,:][^;]*?keyword:"type",params:\{type: "null"\}(?:,message:"must be null")?\};`,
    String.raw`if\(vErrors === null\)\{vErrors = \[\9\];\}else \{vErrors\.push\(\9\);\}errors\+\+;\}`,
    String.raw`var \6 = \7 === errors;\2 = \2 \|\| \6;)`,
  ].join(""),
  "g",
);

/**
 * In an anyOf whose second branch is `{ type: "null" }`, `null` skips the first branch: the
 * second accepts `null`, so the anyOf's verdict is the same and its errors, reset on success, are
 * too; but ajv would first run the first branch on `null` and build its errors (a nullable array,
 * a nullable string with a format) only to throw them away. The inline counterpart of
 * {@link nullSkipsRefCall}, run after it, which leaves `$ref` branches in their own form.
 */
export function nullSkipsBranchBeforeNull(code: string): string {
  return code.replace(
    NULL_SECOND_BRANCH,
    (_match, head: string, _anyOf: string, _mark: string, branch: string, tail: string, ...rest) =>
      `${head}if(${String(rest[2])} !== null){${branch}}${tail}`,
  );
}

// A top-level function of esbuild's output: its body is indented, so it ends at the first "}"
// in column 0.
const TOP_LEVEL_VALIDATOR = /^function validate\d+\(data\) \{\n[\s\S]*?^\}\n/gm;

/** A function's text with what differs between look-alikes (names, numbers, strings) masked. */
function shapeOf(source: string): string {
  return source.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\b([A-Za-z_$]+)\d+\b/g, "$1");
}

/**
 * The validator functions sorted by shape, so that look-alikes (every reference object, every
 * `links` map) sit next to each other: gzip finds repeats only within its 32 KiB window
 * (RFC 1951 §2), and the version's validators are several times that. Function declarations
 * are hoisted (ECMA-262 §16.1.7), so their order changes nothing else.
 */
export function similarFunctionsTogether(code: string): string {
  const functions = code.match(TOP_LEVEL_VALIDATOR) ?? [];
  if (functions.length < 2) return code;
  const rest = code.replace(TOP_LEVEL_VALIDATOR, "");
  const sorted = functions
    .map((source) => ({ source, shape: shapeOf(source) }))
    .sort((a, b) => compare(a.shape, b.shape) || compare(a.source, b.source))
    .map(({ source }) => source);
  const exports = rest.lastIndexOf("\nexport {");
  const at = exports < 0 ? rest.length : exports + 1;
  return rest.slice(0, at) + sorted.join("") + rest.slice(at);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
