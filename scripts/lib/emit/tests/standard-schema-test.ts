import { ENVELOPE_VALIDATOR } from "../compose-validator-schemas.js";

/** `test/standard-schema.test.ts`: the validators through a real Standard Schema consumer. */
export function standardSchemaTest(): string {
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
