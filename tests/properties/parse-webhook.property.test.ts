import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWebhookHandler, parseWebhook } from "../../packages/api-2024-11-01/src/index.js";
import { EXAMPLES } from "../../packages/api-2024-11-01/src/examples.js";

// The generated pipeline end to end: whatever a sender puts in headers or body, parseWebhook
// resolves to a typed outcome and the handler answers with a status, never a throw or a 500.
const numRuns = Number(process.env.FC_NUM_RUNS ?? 1000);

const SECRET = "property-secret";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const options = { secret: SECRET, now: () => Date.parse(TIMESTAMP), maxBodyBytes: 4096 };
const silent = { warn: () => undefined, error: () => undefined };
const STATUSES = [202, 400, 401, 413];

function sign(body: string | Uint8Array, timestamp = TIMESTAMP): string {
  return createHmac("sha256", SECRET).update(`${timestamp}.`).update(body).digest("base64");
}

const validBody = JSON.stringify(EXAMPLES["employee.created"]);
const headerValueArb = fc.oneof(
  fc.string(),
  fc.constantFrom(TIMESTAMP, sign(validBody), "", " ", "2024-11-04", "+275760-09-13T00:00:00Z"),
);
// Node's IncomingHttpHeaders shape: strings, arrays (repeated headers) or undefined.
const nodeHeaderArb = fc.oneof(
  headerValueArb,
  fc.array(headerValueArb, { maxLength: 3 }),
  fc.constant(undefined),
);
const nodeHeadersArb = fc
  .record({
    "lucca-signature": nodeHeaderArb,
    "lucca-timestamp": nodeHeaderArb,
    extra: fc.dictionary(fc.string({ maxLength: 12 }), nodeHeaderArb, { maxKeys: 4 }),
  })
  .map(({ extra, ...lucca }) => ({ ...extra, ...lucca }));
const bodyArb = fc.oneof(
  fc.string({ maxLength: 5000 }),
  fc.uint8Array({ maxLength: 5000 }),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? "null"),
  fc.constant(validBody),
);
// Bytes Fetch accepts in a header value: visible ASCII, space and tab (no CR, LF or NUL).
const fetchValueArb = fc.oneof(
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  }),
  fc.constantFrom(TIMESTAMP, sign(validBody)),
);

describe("parseWebhook and the handler (properties)", () => {
  it("never rejects on random headers and bodies (Node-style headers)", async () => {
    await fc.assert(
      fc.asyncProperty(nodeHeadersArb, bodyArb, async (headers, body) => {
        const result = await parseWebhook({ body, headers }, options);
        if (!result.ok) expect(STATUSES).toContain(result.status);
      }),
      { numRuns },
    );
  });

  it("never rejects on random bodies signed correctly, so that they reach the parser", async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, async (body) => {
        const headers = { "lucca-signature": sign(body), "lucca-timestamp": TIMESTAMP };
        const result = await parseWebhook({ body, headers }, options);
        if (result.ok) return;
        // A correctly signed body is never refused for its signature.
        expect([400, 202, 413]).toContain(result.status);
      }),
      { numRuns },
    );
  });

  it("the handler answers every random Request with a status, never a 500", async () => {
    const handler = createWebhookHandler({ ...options, on: {}, logger: silent });
    const arb = fc.record({
      method: fc.constantFrom("POST", "GET", "PUT", "DELETE", "HEAD", "OPTIONS"),
      signature: fc.option(fetchValueArb, { nil: undefined }),
      timestamp: fc.option(fetchValueArb, { nil: undefined }),
      body: bodyArb,
      signBody: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ method, signature, timestamp, body, signBody }) => {
        const headers = new Headers();
        if (signBody) {
          headers.set("lucca-signature", sign(body));
          headers.set("lucca-timestamp", TIMESTAMP);
        }
        if (signature !== undefined) headers.append("lucca-signature", signature);
        if (timestamp !== undefined) headers.append("lucca-timestamp", timestamp);
        const hasBody = method !== "GET" && method !== "HEAD";
        const request = new Request("https://receiver.test/lucca", {
          method,
          headers,
          ...(hasBody ? { body } : {}),
        });
        const response = await handler(request);
        expect([...STATUSES, 405]).toContain(response.status);
      }),
      { numRuns },
    );
  });

  it("lets no unsigned header change what a signed delivery is, in either content mode", async () => {
    const ceName = fc.constantFrom(
      "ce-specversion",
      "ce-id",
      "ce-source",
      "ce-type",
      "ce-time",
      "ce-url",
      "ce-apiversion",
      "ce-businessestablishment",
      "ce-previousattributes",
      "content-type",
      "x-forwarded-host",
    );
    const forgedArb = fc.dictionary(ceName, fc.oneof(fc.string(), fc.json()), { maxKeys: 8 });
    const structured = {
      specversion: "1.0",
      id: "ce-1",
      source: "https://acme.ilucca.net",
      type: "employee.created",
      time: EXAMPLES["employee.created"].occurredAt,
      data: EXAMPLES["employee.created"].data,
    };
    const cases = [
      { body: validBody, mode: "default" as const },
      { body: JSON.stringify(structured), mode: "cloudEvents" as const },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), forgedArb, async ({ body, mode }, forged) => {
        const signed = { "lucca-signature": sign(body), "lucca-timestamp": TIMESTAMP };
        const modeOptions = { ...options, contentMode: mode };
        const original = await parseWebhook({ body, headers: signed }, modeOptions);
        const replayed = await parseWebhook(
          { body, headers: { ...forged, ...signed } },
          modeOptions,
        );
        expect(replayed).toEqual(original);
      }),
      { numRuns },
    );
  });
});
