/**
 * Rewrites of ajv's standalone code that make the emitted validators smaller without changing
 * their verdicts or their errors: each error object is built by one shared helper, which writes
 * its message from the keyword and params, and the schema objects ajv keeps only to read a value
 * or two from are replaced by those values. Run after the speed transforms (speed-transforms.ts),
 * whose patterns expect ajv's own error literals. Checked against ajv in size-transforms.test.ts
 * and, on the real spec, in tests/properties/emitted-validators.property.test.ts.
 */
import { runInNewContext } from "node:vm";
import { errorMessage } from "./ajv-runtime.js";

/** The bindings, imported from ajv-runtime.ts, that build error objects. */
export const FAIL_BINDING = "__ajv_fail";
export const PUSH_ERROR_BINDING = "__ajv_pushError";

// A JavaScript expression without braces or semicolons outside its string literals.
const EXPRESSION = String.raw`(?:[^{};"]|"(?:[^"\\]|\\.)*")+?`;
// A flat object literal: ajv's params (`{type: "string"}`, `{missingProperty: missing0}`).
const PARAMS = String.raw`\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}`;
const ERROR_OBJECT = String.raw`\{instancePath(?::(${EXPRESSION}))?,keyword:"(\w+)",params:(${PARAMS}),message:(${EXPRESSION})\}`;

// ajv's two ways of reporting: fail at once (allErrors off), or collect inside anyOf/oneOf.
const FAIL_NOW = new RegExp(
  String.raw`(validate\d+)\.errors = \[${ERROR_OBJECT}\];return false;`,
  "g",
);
const COLLECT = new RegExp(
  String.raw`const (err\d+) = ${ERROR_OBJECT};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}`,
  "g",
);

/**
 * Whether the helper writes exactly the message ajv wrote: the params and the message are
 * evaluated with every free name standing for a string of its own, so that a message built from
 * a variable (`"must have required property '" + missing0 + "'"`) is compared as a template.
 */
function sameMessage(
  keyword: string,
  params: string,
  message: string,
  constants: Readonly<Record<string, unknown>>,
): boolean {
  const scope = new Proxy(
    {},
    {
      has: (_target, name) => typeof name === "string" && name !== "scope",
      get: (_target, name) =>
        typeof name === "string" && Object.hasOwn(constants, name)
          ? constants[name]
          : `\u0000${String(name)}\u0000`,
    },
  );
  try {
    const [values, text] = runInNewContext(`with (scope) { [(${params}), (${message})]; }`, {
      scope,
    }) as [Record<string, unknown>, unknown];
    return typeof text === "string" && errorMessage(keyword, values) === text;
  } catch {
    return false;
  }
}

/**
 * Each error literal replaced by a call to the shared helper, wherever the helper's message is
 * ajv's (any other literal is kept as it is): `validate1.errors = [{…}];return false;` becomes
 * `return __ajv_fail(validate1, path, keyword, params);`. `constants` holds the values of the
 * module's constants that params may name ({@link schemaReadsAsConstants}).
 */
export function errorsThroughHelpers(
  code: string,
  constants: Readonly<Record<string, unknown>> = {},
): string {
  return code
    .replace(
      FAIL_NOW,
      (match, fn: string, path: string | undefined, keyword: string, params: string, message) =>
        sameMessage(keyword, params, message as string, constants)
          ? `return ${FAIL_BINDING}(${fn}, ${path ?? "instancePath"}, "${keyword}", ${params});`
          : match,
    )
    .replace(
      COLLECT,
      (match, _err, path: string | undefined, keyword: string, params: string, message) =>
        sameMessage(keyword, params, message as string, constants)
          ? `vErrors = ${PUSH_ERROR_BINDING}(vErrors, ${path ?? "instancePath"}, "${keyword}", ${params});`
          : match,
    );
}

const SCHEMA_DECLARATION = /const (schema\d+) = \{/g;
const SCHEMA_READ = /\b(schema\d+)((?:\.[A-Za-z_$][\w$]*)+)(?![\w$])/g;

/** The end (exclusive) of the braces or brackets opening at `start`, string literals skipped. */
function blockEnd(code: string, start: number): number {
  let depth = 0;
  for (let index = start; index < code.length; index++) {
    const char = code[index];
    if (char === '"') {
      for (index++; code[index] !== '"'; index++) if (code[index] === "\\") index++;
    } else if (char === "{" || char === "[") depth++;
    else if ((char === "}" || char === "]") && --depth === 0) return index + 1;
  }
  throw new Error("ajv's standalone code holds a schema object that does not end");
}

/**
 * ajv keeps a whole schema object (descriptions included) wherever its code reads one value from
 * it: the `type` list of a nullable property for an error's params, an `enum` list to loop over.
 * Each value read becomes a constant of its own, and a schema object nothing reads any more is
 * dropped, so a bundle carries the values and not the schemas around them.
 */
export function schemaReadsAsConstants(code: string): {
  code: string;
  constants: Record<string, unknown>;
} {
  const schemas = new Map<string, { start: number; end: number; value: unknown }>();
  for (const match of code.matchAll(SCHEMA_DECLARATION)) {
    const open = match.index + match[0].length - 1;
    const end = blockEnd(code, open);
    if (code[end] !== ";") throw new Error(`ajv's ${match[1]} is not one JSON object`);
    schemas.set(match[1]!, {
      start: match.index,
      end: end + 1,
      value: JSON.parse(code.slice(open, end)),
    });
  }
  const constants = new Map<string, string>();
  const values: Record<string, unknown> = {};
  const named = new Map<string, string>();
  const read = (match: string, schema: string, path: string): string => {
    const declared = schemas.get(schema);
    if (declared === undefined) return match;
    let value: unknown = declared.value;
    for (const key of path.slice(1).split(".")) {
      value = (value as Record<string, unknown> | undefined)?.[key];
    }
    if (value === undefined) return match;
    // Equal values (every nullable string's `["string","null"]`) share one constant.
    const json = JSON.stringify(value);
    const shared = named.get(json);
    if (shared !== undefined) return shared;
    const name = `${schema}${path.replaceAll(".", "_")}`;
    named.set(json, name);
    constants.set(name, `const ${name} = ${json};`);
    values[name] = value;
    return name;
  };
  // Declarations are cut out first, so that the reads are only searched in the code itself.
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of schemas.values()) {
    parts.push(code.slice(at, start));
    at = end;
  }
  if (schemas.size === 0) return { code, constants: values };
  // Where the first schema was: the constants go there, before every function.
  const head = parts[0]!;
  const body = (parts.slice(1).join("") + code.slice(at)).replace(SCHEMA_READ, read);
  const stillRead = [...schemas]
    .filter(([name]) => new RegExp(String.raw`\b${name}\b`).test(head + body))
    .map(([, { start, end }]) => code.slice(start, end));
  return {
    code: [head, ...stillRead, ...[...constants.values()].sort(), body].join(""),
    constants: values,
  };
}

/** The binding, imported from ajv-runtime.ts, that fails a nullable `$ref` as ajv's anyOf does. */
export const NULLABLE_FAIL_BINDING = "__ajv_nullableFail";

// `anyOf: [{ $ref }, { type: "null" }]` as nullSkipsRefCall leaves it: the call, the null
// branch's error, the anyOf's error, and on success the error list cut back to where it was.
const PATH = String.raw`(?:[^;"]|"(?:[^"\\]|\\.)*")+?`;
const NULLABLE_ANY_OF = new RegExp(
  [
    String.raw`const (_errs\d+) = errors;let (valid\d+) = false;const (_errs\d+) = errors;`,
    String.raw`if\((\w+) !== null && !\((validate\d+)\(\4\)\)\)\{vErrors = __ajv_prefixErrors\(vErrors, \5\.errors, (${PATH})\);errors = vErrors\.length;\}`,
    String.raw`var (_valid\d+) = \3 === errors;\2 = \2 \|\| \7;`,
    String.raw`if\(!\2\)\{const (_errs\d+) = errors;if\(\4 !== null\)\{vErrors = ${PUSH_ERROR_BINDING}\(vErrors, \6, "type", \{type: "null"\}\);errors\+\+;\}var \7 = \8 === errors;\2 = \2 \|\| \7;\}`,
    String.raw`if\(!\2\)\{vErrors = ${PUSH_ERROR_BINDING}\(vErrors, \6, "anyOf", \{\}\);errors\+\+;(validate\d+)\.errors = vErrors;return false;\}`,
    String.raw`else \{errors = \1;if\(vErrors !== null\)\{if\(\1\)\{vErrors\.length = \1;\}else \{vErrors = null;\}\}\}`,
  ].join(""),
  "g",
);

/**
 * A nullable `$ref` that fails reports, as ajv does, the callee's errors, the null branch's and
 * the anyOf's, through one helper. On success ajv cuts its error list back to its length before
 * the anyOf, which nothing changed: the list only grows by failures, and a failure returns.
 * Run after {@link errorsThroughHelpers}.
 */
export function nullableRefsThroughHelper(code: string): string {
  return code.replace(
    NULLABLE_ANY_OF,
    (_match, _a, _v, _b, data: string, callee: string, path: string, _w, _c, self: string) =>
      `if(${data} !== null && !(${callee}(${data}))){return ${NULLABLE_FAIL_BINDING}(${self}, vErrors, ${callee}.errors, ${path});}`,
  );
}

/** The binding, imported from ajv-runtime.ts, that fails with a callee's errors. */
export const REF_FAIL_BINDING = "__ajv_refFail";

const FUNCTION_START = /function (validate\d+)\(data\)\{/g;
const REF_FAILURE =
  /if\(!\((validate\d+)\(([^(){};]+)\)\)\)\{vErrors = __ajv_prefixErrors\(vErrors, \1\.errors, ((?:[^;"]|"(?:[^"\\]|\\.)*")+?)\);errors = vErrors\.length;\}/g;
// What makes a failure not final: a branch of anyOf or oneOf (`let valid1 = false;` opens one),
// `not`, `if`/`then`/`else`, `contains`. Without them, ajv (allErrors off) skips everything after
// a failure and returns `false` with the errors it has.
const TENTATIVE =
  /let valid\d+ = false;|keyword:"(?:not|if|contains)"|"(?:not|if|contains|anyOf|oneOf)"/;

/**
 * In a function where every failure is final, a failed `$ref` call returns at once with the
 * callee's errors, where ajv notes them and skips the rest through its `valid` flags. Run after
 * {@link nullableRefsThroughHelper}, which removes the nullable anyOfs this depends on.
 */
export function refFailuresReturn(code: string): string {
  return eachFunction(code, (self, block) =>
    TENTATIVE.test(block)
      ? block
      : block.replace(
          REF_FAILURE,
          (_match, callee: string, data: string, path: string) =>
            `if(!(${callee}(${data}))){return ${REF_FAIL_BINDING}(${self}, vErrors, ${callee}.errors, ${path});}`,
        ),
  );
}

/**
 * In a function that never collects an error, ajv's error count stays 0: each comparison with it
 * is `true` and the list it leaves is `null`. Written so, the minifier drops the checks.
 */
export function constantErrorCounts(code: string): string {
  return eachFunction(code, (_self, block) => withoutErrorCount(block));
}

function withoutErrorCount(body: string): string {
  const declarations = "let vErrors = null;let errors = 0;";
  if (!body.startsWith(`{const instancePath="";${declarations}`)) return body;
  const rest = body.replace(declarations, "");
  if (/(?<![.\w$])errors(?:\+\+| = )|(?<![.\w$])vErrors = /.test(rest)) return body;
  const rewritten = rest
    .replace(/const _errs\d+ = errors;/g, "")
    .replace(/\b_errs\d+ === errors\b|(?<![.\w$])errors === (?:_errs\d+|0)\b/g, "true")
    .replace(/(validate\d+)\.errors = vErrors;/g, "$1.errors = null;")
    .replace(/, vErrors, /g, ", null, ");
  return /(?<![.\w$])(?:errors|vErrors)\b/.test(rewritten) ? body : rewritten;
}

/**
 * Each function names itself through one local constant, where ajv writes its own name at every
 * error: the minifier gives that constant the same short name in every function, so that the
 * functions' error code repeats across them, which gzip finds (RFC 1951 §2).
 */
export function selfThroughLocal(code: string): string {
  return eachFunction(
    code,
    (self, block) =>
      `{const self = ${self};` +
      block.slice(1).replace(new RegExp(String.raw`\b${self}\b`, "g"), "self"),
  );
}

/** Each emitted validator's body (`{…}`, braces included) replaced by what `rewrite` makes of it. */
function eachFunction(code: string, rewrite: (self: string, block: string) => string): string {
  let out = "";
  let at = 0;
  for (const match of code.matchAll(FUNCTION_START)) {
    const open = match.index + match[0].length - 1;
    const end = blockEnd(code, open);
    out += code.slice(at, open) + rewrite(match[1]!, code.slice(open, end));
    at = end;
  }
  return out + code.slice(at);
}

// A flag read right where it was just set to `true`: after a loop body's last check
// (`valid1 = true;if(!valid1){break;}`), or after an if/else whose two blocks both end by setting
// it (`…valid0 = true;}else {var valid0 = true;}if(valid0){`). In a function without `else if`,
// a block followed by `else` is a plain if's first block, and its last statement ran whenever the
// if/else completed.
const BREAK_ON_TRUE_FLAG = /((?:var )?(valid\d+) = true;)if\(!\2\)\{break;\}/g;
const READ_AFTER_IF_ELSE = /(\b(valid\d+) = true;\}else \{var \2 = true;\})if\(\2\)\{/g;
const READ_AFTER_SETTING = /(\b(valid\d+) = true;)if\(\2\)\{/g;

/**
 * ajv guards each next check with a `valid` flag. Where constantErrorCounts has made a flag's
 * value `true`, each read that directly follows a setting is `true`, and a flag read nowhere any
 * more is not set either: less code for the parser, which reads every byte of a validators module
 * at import. Run after {@link constantErrorCounts}.
 */
export function trueFlagsDropped(code: string): string {
  return eachFunction(code, (_self, block) => {
    if (block.includes("else if")) return block;
    const read = block
      .replace(BREAK_ON_TRUE_FLAG, "$1")
      .replace(READ_AFTER_IF_ELSE, "$1if(true){")
      .replace(READ_AFTER_SETTING, "$1if(true){");
    let out = read;
    for (const flag of new Set(Array.from(read.matchAll(/\bvalid\d+\b/g), ([name]) => name))) {
      const setting = new RegExp(String.raw`(?:var )?\b${flag} = true;`, "g");
      // Any other mention (a read, a declaration, another value) keeps the flag as it is.
      if (new RegExp(String.raw`\b${flag}\b`).test(out.replace(setting, ""))) continue;
      out = out.replace(setting, "");
    }
    return out.replaceAll("}else {}", "}");
  });
}
