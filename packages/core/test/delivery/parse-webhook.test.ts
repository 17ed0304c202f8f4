import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError } from "../../src/errors/lucca-events-errors.js";
import { createParseWebhookFactory } from "../../src/delivery/parse-webhook.js";
import { signTestRequest } from "../../src/testing.js";
import { webCryptoHmac } from "../../src/signature/web-crypto-hmac.js";
import {
  SECRET,
  TIMESTAMP,
  examples,
  now,
  parseWebhook,
  validateEvent,
} from "../fixtures/fixture-events.js";

const options = { secret: SECRET, now };
const created = examples["employee.created"];

// Signed with node:crypto, independently of signPayload, as Lucca's docs describe it.
function luccaSign(body: string, timestamp = TIMESTAMP, secret = SECRET): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("base64");
}

function rawInput(body: string, headers: Record<string, string | string[] | undefined> = {}) {
  return {
    body,
    headers: { "lucca-timestamp": TIMESTAMP, "lucca-signature": luccaSign(body), ...headers },
  };
}

// A parseWebhook whose HMAC verify and validator are counted.
function spied() {
  const verify = vi.fn(webCryptoHmac.verify);
  const validate = vi.fn(validateEvent);
  const parse = createParseWebhookFactory({ ...webCryptoHmac, verify })(validate);
  return { verify, validate, parse };
}

/** A body that never ends, 64 KiB a pull, and how many bytes were pulled from it so far. */
function endlessStream() {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe("parseWebhook", () => {
  afterEach(() => vi.restoreAllMocks());

  it("accepts a delivery signed as Lucca documents it, from a raw body and Node headers", async () => {
    const body = JSON.stringify(created);
    const result = await parseWebhook(rawInput(body), options);
    expect(result).toEqual({ ok: true, event: created, rawBody: body });
  });

  it("reads a string body with a lone surrogate as its signed UTF-8 bytes (U+FFFD)", async () => {
    // Not a JSON escape: the string itself holds an unpaired high surrogate.
    const body = '{"note":"\uD800 unpaired"}';
    const result = await parseWebhook(rawInput(body), options);
    expect(result).toMatchObject({
      ok: false,
      rawBody: '{"note":"\uFFFD unpaired"}',
      rawEvent: { note: "\uFFFD unpaired" },
    });
  });

  it("accepts a Fetch Request and, with keepBodyReadable, leaves its body readable", async () => {
    const request = await signTestRequest(created, SECRET, { timestamp: TIMESTAMP });
    const result = await parseWebhook(request, { ...options, keepBodyReadable: true });
    expect(result.ok).toBe(true);
    expect(request.bodyUsed).toBe(false);
    expect(await request.json()).toEqual(created);
  });

  it("reads a Request without cloning it by default, returning the text as rawBody", async () => {
    const request = await signTestRequest(created, SECRET, { timestamp: TIMESTAMP });
    const clone = vi.spyOn(request, "clone");
    const result = await parseWebhook(request, options);
    expect(result).toMatchObject({ ok: true, rawBody: JSON.stringify(created) });
    expect(clone).not.toHaveBeenCalled();
    expect(request.bodyUsed).toBe(true);
  });

  it.each([
    ["string", (s: string) => s],
    ["Uint8Array", (s: string) => new TextEncoder().encode(s)],
    ["ArrayBuffer", (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer],
  ])("accepts a %s body", async (_name, toBody) => {
    const text = JSON.stringify({
      ...created,
      data: { ...created.data, email: "çé@example.test" },
    });
    const input = { ...rawInput(text), body: toBody(text) };
    expect((await parseWebhook(input, options)).ok).toBe(true);
  });

  it("looks headers up case-insensitively", async () => {
    const body = JSON.stringify(created);
    const headers = { "Lucca-Timestamp": TIMESTAMP, "LUCCA-SIGNATURE": luccaSign(body) };
    expect((await parseWebhook({ body, headers }, options)).ok).toBe(true);
    expect((await parseWebhook({ body, headers: new Headers(headers) }, options)).ok).toBe(true);
  });

  it.each([
    ["missing_signature", { "lucca-signature": undefined }],
    ["missing_timestamp", { "lucca-timestamp": undefined }],
    ["malformed_signature", { "lucca-signature": "not base64!" }],
    ["malformed_timestamp", { "lucca-timestamp": "yesterday" }],
    ["signature_mismatch", { "lucca-signature": luccaSign("{}") }],
    ["timestamp_too_old", { "lucca-timestamp": "2025-01-01T08:20:00Z" }],
    ["timestamp_in_future", { "lucca-timestamp": "2025-01-01T08:50:00Z" }],
  ])("answers %s with 401", async (reason, headers) => {
    const result = await parseWebhook(rawInput(JSON.stringify(created), headers), options);
    expect(result).toMatchObject({ ok: false, reason, status: 401 });
  });

  it("gives a malformed reason, not a throw, for repeated signature or timestamp headers", async () => {
    const body = JSON.stringify(created);
    const sig = luccaSign(body);
    const asArray = rawInput(body, { "lucca-signature": [sig, sig] });
    expect(await parseWebhook(asArray, options)).toMatchObject({ reason: "malformed_signature" });
    const fetchHeaders = new Headers([
      ["lucca-timestamp", TIMESTAMP],
      ["lucca-timestamp", TIMESTAMP],
      ["lucca-signature", sig],
    ]);
    const joined = await parseWebhook({ body, headers: fetchHeaders }, options);
    expect(joined).toMatchObject({ ok: false, reason: "malformed_timestamp", status: 401 });
  });

  it("accepts any secret of a rotation", async () => {
    const body = JSON.stringify(created);
    const result = await parseWebhook(rawInput(body), { secret: ["old-secret", SECRET], now });
    expect(result.ok).toBe(true);
  });

  it.each([
    ["invalid JSON", "{not json"],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0x7d])],
  ])("answers %s with 400 invalid_json, after checking the signature", async (_name, body) => {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    const signature = createHmac("sha256", SECRET)
      .update(Buffer.concat([Buffer.from(`${TIMESTAMP}.`), bytes]))
      .digest("base64");
    const headers = { "lucca-timestamp": TIMESTAMP, "lucca-signature": signature };
    const result = await parseWebhook({ body: bytes, headers }, options);
    expect(result).toMatchObject({ ok: false, reason: "invalid_json", status: 400 });
  });

  it("tolerates a leading BOM while rawBody keeps the exact signed text", async () => {
    const body = `\uFEFF${JSON.stringify(created)}`;
    const result = await parseWebhook(rawInput(body), options);
    expect(result).toMatchObject({ ok: true, rawBody: body });
  });

  it.each([
    ["not_an_event", [1, 2]],
    ["schema_mismatch", { ...created, data: { ...created.data, email: 42 } }],
    ["api_version_mismatch", { ...created, apiVersion: "2030-01-01" }],
  ])("answers %s with 400, carrying issues and the raw event", async (reason, payload) => {
    const result = await parseWebhook(rawInput(JSON.stringify(payload)), options);
    expect(result).toMatchObject({ ok: false, reason, status: 400, rawEvent: payload });
    expect(result.ok === false && "issues" in result && result.issues.length).toBeGreaterThan(0);
  });

  it("answers an unknown topic with 202 and the unknown event", async () => {
    const payload = { ...created, topic: "leave-request-decision.created" };
    const result = await parseWebhook(rawInput(JSON.stringify(payload)), options);
    expect(result).toMatchObject({
      ok: false,
      reason: "unknown_topic",
      status: 202,
      event: payload,
    });
  });

  it("never answers 404 or 410, which make Lucca suspend the endpoint", async () => {
    const bodies = ["", "null", "{}", "[]", '"x"', JSON.stringify(created)];
    for (const body of bodies) {
      const result = await parseWebhook(rawInput(body), options);
      const status = result.ok ? 202 : result.status;
      expect([202, 400, 401, 413]).toContain(status);
    }
  });

  it("does not let a __proto__ key pollute Object.prototype or reach the event", async () => {
    const body = `{"__proto__":{"polluted":true},${JSON.stringify(created).slice(1)}`;
    const result = await parseWebhook(rawInput(body), options);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    if (result.ok) expect(Object.hasOwn(result.event, "__proto__")).toBe(false);
  });

  it("throws ConfigurationError for bad options, never for a bad delivery", async () => {
    const input = rawInput("{}");
    await expect(parseWebhook(input, { secret: "" })).rejects.toThrow(ConfigurationError);
    await expect(parseWebhook(input, { secret: [] })).rejects.toThrow(ConfigurationError);
    await expect(parseWebhook(input, { secret: SECRET, maxBodyBytes: 0 })).rejects.toThrow(
      ConfigurationError,
    );
    const used = await signTestRequest(created, SECRET);
    await used.text();
    await expect(parseWebhook(used, options)).rejects.toThrow(ConfigurationError);
  });
});

describe("parseWebhook size limit", () => {
  it("refuses a raw body over maxBodyBytes with 413 before hashing or validating", async () => {
    const { verify, validate, parse } = spied();
    const body = JSON.stringify(created);
    const result = await parse(rawInput(body), { ...options, maxBodyBytes: body.length - 1 });
    expect(result).toMatchObject({ ok: false, reason: "body_too_large", status: 413 });
    expect(verify).not.toHaveBeenCalled();
    expect(validate).not.toHaveBeenCalled();
    expect((await parse(rawInput(body), { ...options, maxBodyBytes: body.length })).ok).toBe(true);
  });

  it("counts UTF-8 bytes, not string length", async () => {
    const { parse } = spied();
    const body = JSON.stringify({ ...created, data: { ...created.data, email: "ççç" } });
    const bytes = new TextEncoder().encode(body).byteLength;
    const result = await parse(rawInput(body), { ...options, maxBodyBytes: bytes - 1 });
    expect(result).toMatchObject({ reason: "body_too_large" });
  });

  it("refuses on a declared Content-Length without reading the stream", async () => {
    const { verify, parse } = spied();
    const pull = vi.fn();
    const stream = new ReadableStream<Uint8Array>({ pull });
    const request = new Request("https://example.test/", {
      method: "POST",
      body: stream,
      headers: { "content-length": "2000000" },
      duplex: "half",
    } as RequestInit);
    const result = await parse(request, options);
    expect(result).toMatchObject({ reason: "body_too_large", status: 413 });
    expect(verify).not.toHaveBeenCalled();
    expect(pull.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("stops pulling an endless stream once past the limit", async () => {
    const { verify, validate, parse } = spied();
    const endless = endlessStream();
    const request = new Request("https://example.test/", {
      method: "POST",
      body: endless.stream,
      duplex: "half",
    } as RequestInit);
    const result = await parse(request, options);
    expect(result).toMatchObject({ reason: "body_too_large", status: 413 });
    expect(endless.pulled()).toBeLessThan(4 * 1_048_576);
    expect(verify).not.toHaveBeenCalled();
    expect(validate).not.toHaveBeenCalled();
  });
});

describe("parseWebhook(request) body streams", () => {
  /** A signed Request whose body is `stream`, with the headers given besides. */
  function streamed(stream: ReadableStream, headers: Record<string, string> = {}): Request {
    return new Request("https://example.test/", {
      method: "POST",
      body: stream,
      headers: { ...rawInput("{}").headers, ...headers },
      duplex: "half",
    } as RequestInit);
  }

  it.each([
    ["a number", 42],
    ["an object", { length: 3 }],
    ["an ArrayBuffer", new ArrayBuffer(8)],
    ["a Uint16Array", new Uint16Array(4)],
  ])("answers body_unreadable (400), not a throw, when a chunk is %s", async (_name, chunk) => {
    const { verify, parse } = spied();
    for (const length of [undefined, "8"]) {
      let cancelled = false;
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      });
      const headers: Record<string, string> =
        length === undefined ? {} : { "content-length": length };
      const result = await parse(streamed(stream, headers), options);
      expect(result).toMatchObject({ ok: false, reason: "body_unreadable", status: 400 });
      expect(cancelled).toBe(true);
    }
    expect(verify).not.toHaveBeenCalled();
  });

  it("stops pulling an endless stream past the limit even when Content-Length declares less", async () => {
    const { verify, parse } = spied();
    const endless = endlessStream();
    const result = await parse(streamed(endless.stream, { "content-length": "10" }), options);
    expect(result).toMatchObject({ ok: false, reason: "body_too_large", status: 413 });
    expect(endless.pulled()).toBeLessThan(4 * 1_048_576);
    expect(verify).not.toHaveBeenCalled();
  });

  it("reads a Request whose arrayBuffer() is a host's own through it, within the limit", async () => {
    // As @hono/node-server's Request does: its arrayBuffer() reads the Node stream directly.
    const body = JSON.stringify(created);
    const hostRead = vi.fn();
    class HostRequest extends Request {
      override arrayBuffer(): Promise<ArrayBuffer> {
        hostRead();
        return super.arrayBuffer();
      }
    }
    const host = (text: string) =>
      new HostRequest("https://example.test/", {
        method: "POST",
        body: text,
        headers: { ...rawInput(text).headers, "content-length": String(text.length) },
      });
    const accepted = await parseWebhook(host(body), options);
    expect(accepted).toMatchObject({ ok: true, rawBody: body });
    expect(hostRead).toHaveBeenCalledTimes(1);
    // Measured again once read: a host that does not frame the body to its length is caught.
    const limit = { ...options, maxBodyBytes: body.length - 1 };
    const lying = host(body);
    lying.headers.set("content-length", "10");
    expect(await parseWebhook(lying, limit)).toMatchObject({ reason: "body_too_large" });
    expect(hostRead).toHaveBeenCalledTimes(2);
  });
});

describe("parseWebhook options", () => {
  it("checks an options object once, and again after one of its fields changed", async () => {
    const body = JSON.stringify(created);
    const input = rawInput(body);
    const reused: { secret: string; now: () => number } = { secret: "old-secret", now };
    expect(await parseWebhook(input, reused)).toMatchObject({ reason: "signature_mismatch" });
    reused.secret = SECRET; // rotated in place
    const second = await parseWebhook(input, reused);
    expect(second, JSON.stringify(second)).toMatchObject({ ok: true });
    reused.secret = "";
    await expect(parseWebhook(input, reused)).rejects.toThrow(ConfigurationError);
  });
});
