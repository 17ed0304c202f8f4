import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookHandler, parseWebhook } from "../../packages/api-2024-11-01/src/index.js";
import { EXAMPLES } from "../../packages/api-2024-11-01/src/examples.js";

// Correctly signed, within a raised limit, so that each body reaches the JSON parser and the
// validator. Asserted: no crash and no prototype pollution. Timings are in `pnpm bench` only.
const SECRET = "json-secret";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const options = {
  secret: SECRET,
  now: () => Date.parse(TIMESTAMP),
  maxBodyBytes: 64 * 1024 * 1024,
};
const silent = { warn: () => undefined, error: () => undefined };

function headers(body: string) {
  const signature = createHmac("sha256", SECRET).update(`${TIMESTAMP}.${body}`).digest("base64");
  return { "lucca-signature": signature, "lucca-timestamp": TIMESTAMP };
}

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(probe.constructor).toBe(Object);
}

const HUGE: [string, () => string, readonly string[]][] = [
  [
    "an array nested 100,000 deep",
    () => "[".repeat(100_000) + "]".repeat(100_000),
    ["invalid_json", "not_an_event"],
  ],
  [
    "an object nested 100,000 deep",
    () => '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000),
    ["invalid_json", "not_an_event"],
  ],
  ["a 10 MB string", () => JSON.stringify("x".repeat(10_000_000)), ["not_an_event"]],
  [
    "a 1,000,000-element array",
    () => `[${new Array<number>(1_000_000).fill(0).join(",")}]`,
    ["not_an_event"],
  ],
  [
    "an event whose 10 MB field is a string",
    () => JSON.stringify({ ...EXAMPLES["employee.created"], id: "x".repeat(10_000_000) }),
    ["schema_mismatch", "ok"],
  ],
];

// The nesting limit is counted on the text, so escapes (which make the safe parser's reviver run)
// cannot change the outcome: with and without a `\u` escape, the same depth ends the same way.
const DEPTHS: [string, number, string][] = [
  ["256 deep (the limit)", 256, "not_an_event"],
  ["257 deep", 257, "invalid_json"],
  ["3,000 deep", 3_000, "invalid_json"],
  ["30,000 deep", 30_000, "invalid_json"],
];

describe("hostile JSON nesting", () => {
  it.each(DEPTHS)(
    "%s ends the same with and without a \\u escape",
    async (_name, depth, reason) => {
      for (const leaf of ['"x"', String.raw`"\u0078"`]) {
        const body = "[".repeat(depth - 1) + `{"k":${leaf}}` + "]".repeat(depth - 1);
        const result = await parseWebhook({ body, headers: headers(body) }, options);
        expect(result.ok ? "ok" : result.reason).toBe(reason);
      }
    },
  );

  it("brackets inside strings do not count", async () => {
    const body = JSON.stringify({ ...EXAMPLES["employee.created"], id: "[".repeat(10_000) });
    const result = await parseWebhook({ body, headers: headers(body) }, options);
    expect(result.ok ? "ok" : result.reason).not.toBe("invalid_json");
  });
});

describe("hostile JSON bodies", () => {
  afterEach(expectNoPollution);

  it.each(HUGE)("%s is answered with a typed outcome", async (_name, build, outcomes) => {
    const body = build();
    const result = await parseWebhook({ body, headers: headers(body) }, options);
    expect(outcomes).toContain(result.ok ? "ok" : result.reason);
    if (!result.ok) expect([400, 202]).toContain(result.status);
  });

  it("drops __proto__, constructor and prototype keys, at every depth", async () => {
    const employee = EXAMPLES["employee.created"];
    const body = JSON.stringify({
      ...employee,
      data: { ...employee.data, constructor: { prototype: { polluted: true } } },
    })
      .replace('{"id"', '{"__proto__":{"polluted":true},"id"')
      .replace('"data":{', '"data":{"__proto__":{"polluted":true},');
    const result = await parseWebhook({ body, headers: headers(body) }, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event = result.event as unknown as Record<string, Record<string, unknown>>;
    for (const node of [event, event.data!]) {
      expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
      expect(Object.hasOwn(node, "__proto__")).toBe(false);
      expect(node.polluted).toBeUndefined();
    }
    expect(Object.hasOwn(event.data!, "constructor")).toBe(false);
    expect(event.data!.constructor).toBe(Object);
    // What a caller typically does next: merging the event must not reach Object.prototype.
    Object.assign({}, event, event.data);
    structuredClone(event);
  });

  it("drops a __proto__ key spelled with a unicode escape", async () => {
    const body = JSON.stringify(EXAMPLES["employee.created"]).replace(
      '{"id"',
      String.raw`{"\u005f_proto__":{"polluted":true},"id"`,
    );
    const result = await parseWebhook({ body, headers: headers(body) }, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.event, "__proto__")).toBe(false);
    expect(Object.getPrototypeOf(result.event)).toBe(Object.prototype);
  });

  it("rejects a __proto__-only body at the top level without pollution", async () => {
    const body =
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"topic":"employee.created"}';
    const result = await parseWebhook({ body, headers: headers(body) }, options);
    expect(result).toMatchObject({ ok: false, reason: "schema_mismatch", status: 400 });
  });

  it("the handler passes a __proto__-laden event to the topic handler without pollution", async () => {
    const seen: unknown[] = [];
    const handler = createWebhookHandler({
      ...options,
      on: { "employee.created": (event) => void seen.push(event) },
      logger: silent,
    });
    const body = JSON.stringify(EXAMPLES["employee.created"]).replace(
      '"data":{',
      '"data":{"__proto__":{"polluted":true},',
    );
    const request = new Request("https://receiver.test/lucca", {
      method: "POST",
      body,
      headers: headers(body),
    });
    expect((await handler(request)).status).toBe(202);
    expect(seen).toHaveLength(1);
  });
});
