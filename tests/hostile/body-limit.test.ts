import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createWebhookHandler } from "../../packages/api-2024-11-01/src/index.js";
import type { HmacEngine } from "../../packages/core/src/signature/hmac-engine.js";
import { webCryptoHmac } from "../../packages/core/src/signature/web-crypto-hmac.js";
import { createParseWebhookFactory } from "../../packages/core/src/delivery/parse-webhook.js";
import { examples, validateEvent } from "../../packages/core/test/fixtures/fixture-events.js";

// Bodies over maxBodyBytes must be refused before any hashing or parsing: the HMAC engine, the
// validator and JSON.parse are all counted, and streamed bodies error if read past the limit.
const SECRET = "limit-secret";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const LIMIT = 1024;
const options = { secret: SECRET, now: () => Date.parse(TIMESTAMP), maxBodyBytes: LIMIT };
const silent = { warn: () => undefined, error: () => undefined };

function signed(body: string | Uint8Array) {
  const signature = createHmac("sha256", SECRET)
    .update(`${TIMESTAMP}.`)
    .update(body)
    .digest("base64");
  return { "lucca-signature": signature, "lucca-timestamp": TIMESTAMP };
}

function instrumented() {
  const engine: HmacEngine = {
    ...webCryptoHmac,
    sign: vi.fn(webCryptoHmac.sign),
    verify: vi.fn(webCryptoHmac.verify),
  };
  const validate = vi.fn(validateEvent);
  const parse = vi.spyOn(JSON, "parse");
  const parseWebhook = createParseWebhookFactory(engine)(validate);
  const work = () =>
    vi.mocked(engine.sign).mock.calls.length +
    vi.mocked(engine.verify).mock.calls.length +
    validate.mock.calls.length +
    parse.mock.calls.length;
  return { parseWebhook, work };
}

const CHUNK = 256;
// Request#clone tees the body, and a tee reads one chunk ahead of its consumer.
const READ_AHEAD = 2 * CHUNK;

/** A body of `total` bytes in chunks that errors if pulled further than the limit + read-ahead. */
function guardedStream(total: number, limit: number) {
  const chunk = CHUNK;
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= limit + READ_AHEAD) {
          controller.error(new Error(`read ${sent} bytes, past the ${limit}-byte limit`));
          return;
        }
        if (sent >= total) return controller.close();
        sent += chunk;
        controller.enqueue(new Uint8Array(chunk).fill(0x20));
      },
      // No read-ahead: a chunk is produced only when someone asks for it.
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => sent };
}

const tooLarge = { ok: false, reason: "body_too_large", status: 413 };

describe("bodies over the limit", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["a string", "x".repeat(LIMIT + 1)],
    ["a multi-byte string whose length is under the limit", "é".repeat(LIMIT / 2 + 1)],
    ["a Uint8Array", new Uint8Array(LIMIT + 1)],
  ])("%s is refused with no hashing or parsing", async (_name, body) => {
    const { parseWebhook, work } = instrumented();
    const result = await parseWebhook({ body, headers: signed(body) }, options);
    expect(result).toMatchObject(tooLarge);
    expect(work()).toBe(0);
  });

  it("a Request declaring a too-large Content-Length is refused without reading its body", async () => {
    const guarded = guardedStream(10 * LIMIT, LIMIT);
    const request = new Request("https://receiver.test/lucca", {
      method: "POST",
      body: guarded.stream,
      duplex: "half",
      headers: { ...signed("irrelevant"), "content-length": String(10 * LIMIT) },
    } as RequestInit);
    const { parseWebhook, work } = instrumented();
    expect(await parseWebhook(request, options)).toMatchObject(tooLarge);
    expect(guarded.pulled()).toBe(0);
    expect(work()).toBe(0);
  });

  it("a streamed Request without Content-Length stops being read just past the limit", async () => {
    const guarded = guardedStream(1024 * LIMIT, LIMIT);
    const request = new Request("https://receiver.test/lucca", {
      method: "POST",
      body: guarded.stream,
      duplex: "half",
      headers: signed("irrelevant"),
    } as RequestInit);
    const { parseWebhook, work } = instrumented();
    expect(await parseWebhook(request, options)).toMatchObject(tooLarge);
    expect(guarded.pulled()).toBeLessThanOrEqual(LIMIT + READ_AHEAD);
    expect(work()).toBe(0);
  });

  it("a body of exactly the limit is hashed and parsed: the bound is inclusive", async () => {
    const { parseWebhook, work } = instrumented();
    const event = JSON.stringify(examples["employee.created"]);
    const body = event + " ".repeat(LIMIT - new TextEncoder().encode(event).byteLength);
    const result = await parseWebhook({ body, headers: signed(body) }, options);
    expect(result.ok).toBe(true);
    expect(work()).toBeGreaterThan(0);
  });

  it("the generated handler answers 413 with a generic body", async () => {
    const handler = createWebhookHandler({ ...options, on: {}, logger: silent });
    const body = "x".repeat(LIMIT + 1);
    const request = new Request("https://receiver.test/lucca", {
      method: "POST",
      body,
      headers: signed(body),
    });
    const response = await handler(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: "payload_too_large" });
  });
});
