import { ENVELOPE_VALIDATOR } from "../compose-validator-schemas.js";

/** Which examples the spec folder holds, so the generated tests read only what exists. */
export interface ExamplesShape {
  /** `examples/invalid/` holds at least one file. */
  readonly hasInvalid: boolean;
  /** Topics without an example file, whose example was synthesized from the schema. */
  readonly synthesized: readonly string[];
}

/** Whether every topic has an example file and `examples/invalid/` exists. */
export function isComplete(examples: ExamplesShape): boolean {
  return examples.hasInvalid && examples.synthesized.length === 0;
}

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

/** `test/examples.test.ts`: every example validates and narrows; every invalid one is refused. */
export function examplesTest(apiVersion: string, examples: ExamplesShape): string {
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
