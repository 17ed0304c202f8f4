import type { EventModel } from "../model/event-model.js";
import { ENVELOPE_VALIDATOR } from "./compose-validator-schemas.js";
import { packageName } from "../model/naming.js";

/** The tests every version package carries; each file name maps to its content. */
export function emitTests(
  apiVersion: string,
  model: EventModel,
  document: Record<string, unknown>,
  examples: ExamplesShape = { hasInvalid: true, synthesized: [] },
): Record<string, string> {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const hasCreateEndpoint = paths[CREATE_ENDPOINT_PATH]?.post !== undefined;
  const hasValid = examples.synthesized.length < model.topics.length;
  return {
    "test/examples.test.ts": examplesTest(apiVersion, examples),
    "test/events.test-d.ts": narrowingTest(model, hasCreateEndpoint),
    "test/validators.test.ts": validatorsTest(model),
    "test/built-package.test.ts": builtPackageTest(hasValid, examples.hasInvalid),
    "test/validate-examples.mjs": validateExamplesScript(apiVersion, isComplete(examples)),
    "test/standard-schema.test.ts": standardSchemaTest(),
    "test/redact.test.ts": redactTest(),
  };
}

/** Which examples the spec folder holds, so the generated tests read only what exists. */
export interface ExamplesShape {
  /** `examples/invalid/` holds at least one file. */
  readonly hasInvalid: boolean;
  /** Topics without an example file, whose example was synthesized from the schema. */
  readonly synthesized: readonly string[];
}

function isComplete(examples: ExamplesShape): boolean {
  return examples.hasInvalid && examples.synthesized.length === 0;
}

/** Lucca's "Create a webhook-endpoint" operation, whose typed client call a test shows. */
const CREATE_ENDPOINT_PATH = "/lucca-api/webhook-endpoints";

const READ_EXAMPLES = (apiVersion: string) => `const examplesDir = fileURLToPath(
  new URL("../../../spec/${apiVersion}/examples/", import.meta.url),
);

function readExamples(folder: string): Array<[string, unknown]> {
  const dir = join(examplesDir, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(dir, file), "utf8"))]);
}`;

function examplesTest(apiVersion: string, examples: ExamplesShape): string {
  if (!isComplete(examples)) return partialExamplesTest(apiVersion, examples);
  return `import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TOPICS, validateEvent } from "../src/index.js";
import * as guards from "../src/validators.js";

${READ_EXAMPLES(apiVersion)}

const topicFolders = readdirSync(examplesDir).filter((name) => name !== "invalid");

describe("valid examples", () => {
  it("cover every topic", () => {
    expect([...topicFolders].sort()).toEqual([...TOPICS]);
  });

  for (const topic of topicFolders) {
    for (const [file, body] of readExamples(topic)) {
      it(\`\${topic}/\${file} validates and narrows to its topic\`, () => {
        const result = validateEvent(body);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(result.ok && result.event.topic).toBe(topic);
      });
    }
  }
});

describe("invalid examples", () => {
  for (const [file, body] of readExamples("invalid")) {
    const expectedReason = file.split("--")[0];
    it(\`\${file} is rejected with \${expectedReason}\`, () => {
      const result = validateEvent(body);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toBe(expectedReason);
    });
  }
});

describe("type guards", () => {
  it("accept their own topic only", () => {
    const [topic] = TOPICS;
    const [[, body]] = readExamples(topic) as [[string, unknown]];
    const accepted = Object.entries(guards)
      .filter(([name, guard]) => name !== "${ENVELOPE_VALIDATOR}" && guard(body))
      .map(([name]) => name);
    expect(accepted).toHaveLength(1);
  });
});

describe("unknown topics", () => {
  it("return the envelope typed as UnknownLuccaEvent", () => {
    const [[, body]] = readExamples(TOPICS[0]) as [[string, Record<string, unknown>]];
    const result = validateEvent({ ...body, topic: "payslip.created" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("unknown_topic");
    expect(!result.ok && result.reason === "unknown_topic" && result.event.topic).toBe(
      "payslip.created",
    );
  });
});
`;
}

/** The examples test for a folder missing some topics' examples or the invalid ones. */
function partialExamplesTest(apiVersion: string, examples: ExamplesShape): string {
  return `import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TOPICS, validateEvent } from "../src/index.js";
import { EXAMPLES } from "../src/examples.js";
import * as guards from "../src/validators.js";

${READ_EXAMPLES(apiVersion)}

/** Topics without an example file: their example was synthesized from the schema. */
const SYNTHESIZED: readonly string[] = ${JSON.stringify(examples.synthesized)};
const topicFolders = existsSync(examplesDir)
  ? readdirSync(examplesDir).filter((name) => name !== "invalid")
  : [];

describe("valid examples", () => {
  it("cover every topic, with those synthesized", () => {
    expect([...topicFolders, ...SYNTHESIZED].sort()).toEqual([...TOPICS]);
  });

  for (const topic of topicFolders) {
    for (const [file, body] of readExamples(topic)) {
      it(\`\${topic}/\${file} validates and narrows to its topic\`, () => {
        const result = validateEvent(body);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(result.ok && result.event.topic).toBe(topic);
      });
    }
  }

  for (const topic of TOPICS) {
    it(\`the example createTestEvent starts from validates for \${topic}\`, () => {
      const result = validateEvent(EXAMPLES[topic]);
      expect(result.ok ? [] : result.issues).toEqual([]);
      expect(result.ok && result.event.topic).toBe(topic);
    });
  }
});
${
  examples.hasInvalid
    ? `
describe("invalid examples", () => {
  for (const [file, body] of readExamples("invalid")) {
    const expectedReason = file.split("--")[0];
    it(\`\${file} is rejected with \${expectedReason}\`, () => {
      const result = validateEvent(body);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toBe(expectedReason);
    });
  }
});
`
    : ""
}
describe("type guards", () => {
  it("accept their own topic only", () => {
    const body = EXAMPLES[TOPICS[0]];
    const accepted = Object.entries(guards)
      .filter(([name, guard]) => name !== "${ENVELOPE_VALIDATOR}" && guard(body))
      .map(([name]) => name);
    expect(accepted).toHaveLength(1);
  });
});

describe("unknown topics", () => {
  it("return the envelope typed as UnknownLuccaEvent", () => {
    const result = validateEvent({ ...EXAMPLES[TOPICS[0]], topic: "payslip.created" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("unknown_topic");
  });
});
`;
}

function narrowingTest(model: EventModel, hasCreateEndpoint: boolean): string {
  const cases = model.topics.map(
    (topic) => `      case ${JSON.stringify(topic.topic)}:
        expectTypeOf(event).toEqualTypeOf<${topic.eventName}>();
        expectTypeOf(event.data).toEqualTypeOf<${topic.typeName}>();
        break;`,
  );
  const [first, second] = model.topics;
  const noPrevious = model.topics.find((topic) => !topic.isUpdate);
  const updated = model.topics.find((topic) => topic.isUpdate);
  const imports = [
    ...new Set([
      "LuccaEvent",
      "LuccaEventMap",
      "LuccaEventTopic",
      "UnknownLuccaEvent",
      ...model.topics.flatMap((topic) => [topic.eventName, topic.typeName]),
    ]),
  ];
  return `import createClient from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import { API_VERSION, TOPICS, validateEvent } from "../src/index.js";
import type { paths } from "../src/index.js";
import type {
  ${imports.join(",\n  ")},
} from "../src/index.js";

describe("event types", () => {
  it("switch (event.topic) narrows event and event.data for every topic", () => {
    const event = {} as LuccaEvent;
    switch (event.topic) {
${cases.join("\n")}
      default:
        expectTypeOf(event).toBeNever();
    }
  });

  it("maps every topic, and only those of TOPICS", () => {
    expectTypeOf<keyof LuccaEventMap>().toEqualTypeOf<LuccaEventTopic>();
    expectTypeOf<(typeof TOPICS)[number]>().toEqualTypeOf<LuccaEventTopic>();
  });

  it("rejects a data type of another topic", () => {
    const event = {} as LuccaEventMap[${JSON.stringify(first!.topic)}];
    // @ts-expect-error a topic literal of another event is not assignable
    const wrong: LuccaEventMap[${JSON.stringify((second ?? first)!.topic)}]["topic"] = event.topic;
    void wrong;
  });
${
  noPrevious
    ? `
  it("has no previousAttributes outside *.updated topics", () => {
    const event = {} as LuccaEventMap[${JSON.stringify(noPrevious.topic)}];
    // @ts-expect-error previousAttributes exists on *.updated events only
    void event.previousAttributes;
  });
`
    : ""
}${
    updated
      ? `
  it("types previousAttributes as a partial of the resource on *.updated topics", () => {
    const event = {} as LuccaEventMap[${JSON.stringify(updated.topic)}];
    expectTypeOf(event.previousAttributes).not.toBeAny();
    expectTypeOf<keyof NonNullable<typeof event.previousAttributes>>().toEqualTypeOf<
      keyof LuccaEventMap[${JSON.stringify(updated.topic)}]["data"]
    >();
  });
`
      : ""
  }
  it("keeps unknown topics out of the union", () => {
    expectTypeOf<UnknownLuccaEvent["topic"]>().toEqualTypeOf<string>();
    const result = validateEvent({});
    if (!result.ok && result.reason === "unknown_topic") {
      expectTypeOf(result.event).toEqualTypeOf<UnknownLuccaEvent>();
    }
    if (result.ok) expectTypeOf(result.event).toEqualTypeOf<LuccaEvent>();
  });

${hasCreateEndpoint ? createEndpointTest() : ""}});
`;
}

function createEndpointTest(): string {
  return `
  it("types POST ${CREATE_ENDPOINT_PATH} for openapi-fetch, secret included", () => {
    const client = createClient<paths>({ baseUrl: "https://example.ilucca.net" });
    const params = { header: { "Api-Version": API_VERSION } } as const;
    const create = () =>
      client.POST("${CREATE_ENDPOINT_PATH}", {
        params,
        body: {
          name: "HR sync",
          apiVersion: API_VERSION,
          webhookUrl: "https://hooks.example.com/lucca",
          topics: ["employee.created"],
        },
      });
    type Created = NonNullable<Awaited<ReturnType<typeof create>>["data"]>;
    expectTypeOf<Created["secret"]>().toEqualTypeOf<string>();
    expectTypeOf<Created["webhookUrl"]>().toEqualTypeOf<string>();
    const missingUrl = () =>
      client.POST("${CREATE_ENDPOINT_PATH}", {
        params,
        // @ts-expect-error webhookUrl is required to create an endpoint
        body: { name: "HR sync", apiVersion: API_VERSION, topics: [] },
      });
    void create;
    void missingUrl;
  });
`;
}

function validatorsTest(model: EventModel): string {
  const [first, ...others] = model.topics;
  return `import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const validatorsPath = fileURLToPath(new URL("../src/validators.js", import.meta.url));
const source = readFileSync(validatorsPath, "utf8");

describe("emitted validators", () => {
  it("contain no require, eval or new Function, and import only core's formats", () => {
    expect(source).not.toMatch(/\\brequire\\s*\\(/);
    expect(source).not.toMatch(/\\beval\\s*\\(/);
    expect(source).not.toMatch(/new\\s+Function/);
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports).toEqual(["@lucca-events/core/formats"]);
  });

  it("are tree-shakable: one topic's validator bundles without the others", async () => {
    const result = await build({
      stdin: {
        contents: 'export { ${first!.validatorName} } from "./src/validators.js";',
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      },
      bundle: true,
      write: false,
      format: "esm",
      external: ["@lucca-events/core/*"],
      logLevel: "silent",
    });
    const bundle = result.outputFiles[0]!.text;
    expect(bundle).toContain(${JSON.stringify(JSON.stringify(first!.topic))});
    for (const topic of ${JSON.stringify(others.map((topic) => topic.topic))}) {
      expect(bundle).not.toContain(JSON.stringify(topic));
    }
  });
});
`;
}

function standardSchemaTest(): string {
  return `import { sValidator } from "@hono/standard-validator";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { TOPICS, validateEvent, type LuccaEvent } from "../src/index.js";
import { EXAMPLES } from "../src/examples.js";
import * as guards from "../src/validators.js";

// The published types of the spec accept the package's validators as they are.
const asStandard: StandardSchemaV1<unknown, LuccaEvent> = validateEvent;
void asStandard;

/** A Hono route that accepts only what \`schema\` accepts, and answers with the topic. */
function app(schema: StandardSchemaV1<unknown, { topic: string }>) {
  return new Hono().post("/", sValidator("json", schema), (c) =>
    c.json({ topic: c.req.valid("json").topic }),
  );
}

function post(body: unknown): Request {
  return new Request("http://localhost/", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("Standard Schema, through @hono/standard-validator", () => {
  it("validateEvent lets every topic's example through and refuses a broken one", async () => {
    for (const topic of TOPICS) {
      const response = await app(validateEvent).request(post(EXAMPLES[topic]));
      expect(response.status, topic).toBe(200);
      expect(await response.json()).toEqual({ topic });
    }
    const broken = { ...EXAMPLES[TOPICS[0]], data: null };
    expect((await app(validateEvent).request(post(broken))).status).toBe(400);
  });

  it("each topic's guard accepts its own topic only, with issues that have a path", async () => {
    const [first, second = first] = TOPICS;
    const guard = Object.values(guards).find(
      (candidate) => candidate !== guards.${ENVELOPE_VALIDATOR} && candidate(EXAMPLES[first]),
    )!;
    expect((await app(guard).request(post(EXAMPLES[first]))).status).toBe(200);
    const result = await guard["~standard"].validate({ ...EXAMPLES[first], id: 1 });
    expect(result.issues?.[0]?.path).toEqual(["id"]);
    if (second !== first) {
      expect((await app(guard).request(post(EXAMPLES[second]))).status).toBe(400);
    }
  });
});
`;
}

function redactTest(): string {
  return `import { describe, expect, it } from "vitest";
import { REDACTED, SENSITIVE_FIELDS, redact, type LuccaEventTopic } from "../src/index.js";
import { EXAMPLES } from "../src/examples.js";

function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [value];
  if (value === null || typeof value !== "object") return [];
  const [head, ...rest] = path;
  const record = value as Record<string, unknown>;
  const children =
    head === "*" ? Object.values(record) : Object.hasOwn(record, head!) ? [record[head!]] : [];
  return children.flatMap((child) => valuesAt(child, rest));
}

describe("redact", () => {
  const topics = Object.keys(SENSITIVE_FIELDS) as LuccaEventTopic[];

  it("masks every sensitive field the examples fill, and leaves the event untouched", () => {
    let masked = 0;
    for (const topic of topics) {
      const event = structuredClone(EXAMPLES[topic]);
      const copy = redact(event);
      expect(event).toEqual(EXAMPLES[topic]);
      expect(copy.id).toBe(event.id);
      for (const path of SENSITIVE_FIELDS[topic]!) {
        for (const value of valuesAt(copy.data, path)) {
          expect(value === null || value === REDACTED, \`\${topic} \${path.join(".")}\`).toBe(true);
          if (value === REDACTED) masked += 1;
        }
      }
    }
    expect(masked).toBeGreaterThan(0);
  });

  it("masks personal fields of a topic it does not know by their names", () => {
    const event = {
      topic: "payslip.created",
      data: { id: "1", iban: "FR76", nested: { birthDate: "1990-01-01" }, name: "kept" },
    };
    expect(redact(event).data).toEqual({
      id: "1",
      iban: REDACTED,
      nested: { birthDate: REDACTED },
      name: "kept",
    });
  });
});
`;
}

function builtPackageTest(hasValid: boolean, hasInvalid: boolean): string {
  return `import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("the built package", () => {
  it("validates every example by its package name, with code generation from strings disabled", () => {
    const script = fileURLToPath(new URL("./validate-examples.mjs", import.meta.url));
    const output = execFileSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", script],
      { encoding: "utf8" },
    );
    const summary = JSON.parse(output);
    expect(summary.failures).toEqual([]);
    expect(summary.valid).${hasValid ? "toBeGreaterThan(0)" : "toBe(0)"};
    expect(summary.invalid).${hasInvalid ? "toBeGreaterThan(0)" : "toBe(0)"};
  });
});
`;
}

function validateExamplesScript(apiVersion: string, complete: boolean): string {
  return `// Run by built-package.test.ts in a child process started with
// --disallow-code-generation-from-strings: imports the built package by its name.
import { ${complete ? "" : "existsSync, "}readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateEvent } from "${packageName(apiVersion)}";

const examplesDir = fileURLToPath(new URL("../../../spec/${apiVersion}/examples/", import.meta.url));
const summary = { valid: 0, invalid: 0, failures: [] };
for (const folder of ${complete ? "readdirSync(examplesDir)" : "(existsSync(examplesDir) ? readdirSync(examplesDir) : [])"}.sort()) {
  for (const file of readdirSync(join(examplesDir, folder)).sort()) {
    const result = validateEvent(JSON.parse(readFileSync(join(examplesDir, folder, file), "utf8")));
    const expected = folder === "invalid" ? file.split("--")[0] : "ok";
    const actual = result.ok ? "ok" : result.reason;
    if (actual !== expected) summary.failures.push({ file: \`\${folder}/\${file}\`, expected, actual });
    summary[folder === "invalid" ? "invalid" : "valid"] += 1;
  }
}
process.stdout.write(JSON.stringify(summary));
`;
}
