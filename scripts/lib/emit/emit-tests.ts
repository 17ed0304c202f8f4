import type { EventModel } from "../model/event-model.js";
import { examplesTest, isComplete, type ExamplesShape } from "./tests/examples-test.js";
import { redactTest } from "./tests/redact-test.js";
import { standardSchemaTest } from "./tests/standard-schema-test.js";

export type { ExamplesShape } from "./tests/examples-test.js";
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

/** Lucca's "Create a webhook-endpoint" operation, whose typed client call a test shows. */
const CREATE_ENDPOINT_PATH = "/lucca-api/webhook-endpoints";

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
