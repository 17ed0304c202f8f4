import { createHmac } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ConfigurationError } from "../../src/errors/lucca-events-errors.js";
import { createParseWebhook } from "../../src/delivery/parse-webhook.js";
import { createParseWebhook as createNodeParseWebhook } from "../../src/delivery/parse-webhook-node.js";
import { signTestRequest } from "../../src/testing.js";
import {
  SECRET,
  TIMESTAMP,
  createWebhookHandler,
  examples,
  now,
  parseWebhook,
  signAtFixtureTime as sign,
  validateEvent,
} from "../fixtures/fixture-events.js";
import { createWebhookHandlerFactory } from "../../src/handler/webhook-handler.js";
import type { FixtureEventMap, UnknownFixtureEvent } from "../fixtures/fixture-events.js";

const created = examples["employee.created"];
const quiet = () => ({ warn: vi.fn(), error: vi.fn(), debug: vi.fn() });

describe("hooks and loggers that throw", () => {
  const throwing = {
    warn: () => {
      throw new Error("logger down");
    },
    error: () => {
      throw new Error("logger down");
    },
  };

  it.each([
    ["a forged delivery", () => signTestRequest(created, "wrong", { timestamp: TIMESTAMP }), 401],
    ["an invalid event", () => sign({ ...created, data: { ...created.data, email: 1 } }), 400],
    ["a topic handler that throws", () => sign(created), 500],
  ])("always resolve to a Response: %s", async (_name, request, status) => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      logger: throwing,
      on: { "employee.created": () => Promise.reject(new Error("handler")) },
      onError: () => {
        throw new Error("hook");
      },
    });
    expect((await handler(await request())).status).toBe(status);
  });

  it("survive a redact function that throws", async () => {
    const log = quiet();
    const handle = createWebhookHandlerFactory<FixtureEventMap, UnknownFixtureEvent>(parseWebhook, {
      redact: () => {
        throw new Error("redact");
      },
    });
    const handler = handle({
      secret: SECRET,
      now,
      handlerTimeoutMs: 5,
      logger: log,
      on: { "employee.created": () => new Promise(() => undefined) },
    });
    expect((await handler(await sign(created))).status).toBe(503);
  });
});

describe("redact", () => {
  it("is applied to every event the handler logs", async () => {
    const log = quiet();
    const redact = vi.fn((event: unknown) => ({ redacted: (event as { id: string }).id }));
    const handle = createWebhookHandlerFactory<FixtureEventMap, UnknownFixtureEvent>(parseWebhook, {
      redact,
    });
    const handler = handle({
      secret: SECRET,
      now,
      handlerTimeoutMs: 5,
      logger: log,
      on: { "employee.created": () => new Promise(() => undefined) },
    });
    await handler(await sign(created));
    expect(redact).toHaveBeenCalledWith(created);
    const logged = JSON.stringify(log.error.mock.calls);
    expect(logged).toContain('"redacted":"evt-1"');
    expect(logged).not.toContain(created.data.email);
  });

  it("without it, logs only an event's identity fields, never its data", async () => {
    const log = quiet();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      handlerTimeoutMs: 5,
      logger: log,
      on: { "employee.created": () => new Promise(() => undefined) },
    });
    await handler(await sign(created));
    expect(JSON.stringify(log.error.mock.calls)).not.toContain(created.data.email);
  });
});

describe("Content-Encoding", () => {
  it.each(["gzip", "deflate", "br", "GZIP, identity"])(
    "answers 415 to %s, before reading the body",
    async (encoding) => {
      const onCreated = vi.fn();
      const handler = createWebhookHandler({
        secret: SECRET,
        now,
        logger: quiet(),
        on: { "employee.created": onCreated },
      });
      const response = await handler(await sign(created, { "content-encoding": encoding }));
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ ok: false, error: "unsupported_content_encoding" });
      expect(onCreated).not.toHaveBeenCalled();
    },
  );

  it("accepts identity", async () => {
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: quiet() });
    expect((await handler(await sign(created, { "content-encoding": "identity" }))).status).toBe(
      202,
    );
  });
});

describe("topic handlers are own properties only", () => {
  class Service {
    "employee.created"() {
      return undefined;
    }
  }

  it("warns at construction when `on` is a class instance, naming the ignored methods", () => {
    const log = quiet();
    createWebhookHandler({ secret: SECRET, on: new Service() as never, logger: log });
    expect(log.warn).toHaveBeenCalledWith(
      expect.stringMatching(/no own topic handlers.*employee\.created.*prototype/),
    );
  });

  it("warns when `on` has no handler at all, and not when it has one", () => {
    const log = quiet();
    createWebhookHandler({ secret: SECRET, on: {}, logger: log });
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("no topic handlers"));
    const fine = quiet();
    createWebhookHandler({
      secret: SECRET,
      on: { "employee.created": () => undefined },
      logger: fine,
    });
    expect(fine.warn).not.toHaveBeenCalled();
  });

  it("never calls a prototype's method", async () => {
    const service = new Service();
    const spy = vi.spyOn(Service.prototype, "employee.created");
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: service as never,
      logger: quiet(),
    });
    expect((await handler(await sign(created))).status).toBe(202);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("the secret", () => {
  it.each(["secret\n", " secret", "secret\r\n", "\tsecret"])(
    "refuses %j at construction, saying why",
    (secret) => {
      expect(() => createWebhookHandler({ secret, on: {} })).toThrow(ConfigurationError);
      expect(() => createWebhookHandler({ secret, on: {} })).toThrow(/surrounding whitespace/);
    },
  );

  it("takes the key bytes as a Uint8Array, such as the base64url-decoded secret", async () => {
    const key = Buffer.from(SECRET, "base64url");
    const body = JSON.stringify(created);
    const signature = createHmac("sha256", key).update(`${TIMESTAMP}.${body}`).digest("base64");
    const headers = { "lucca-timestamp": TIMESTAMP, "lucca-signature": signature };
    expect(
      await parseWebhook({ body, headers }, { secret: new Uint8Array(key), now }),
    ).toMatchObject({ ok: true });
    // The default is the string's UTF-8 bytes: the decoded key does not match it.
    expect(await parseWebhook({ body, headers }, { secret: SECRET, now })).toMatchObject({
      reason: "signature_mismatch",
    });
    const handler = createWebhookHandler({
      secret: new Uint8Array(key),
      now,
      on: {},
      logger: quiet(),
    });
    const request = new Request("https://example.test/", { method: "POST", body, headers });
    expect((await handler(request)).status).toBe(202);
  });
});

describe("the raw body", () => {
  it("refuses a parsed object passed as body with a ConfigurationError naming the fix", async () => {
    const call = parseWebhook({ body: created as never, headers: {} }, { secret: SECRET, now });
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow(/raw request body.*await request\.text\(\)/s);
  });

  it("names Node's frameworks too in the node entry", async () => {
    const parseOnNode = createNodeParseWebhook(validateEvent);
    const call = parseOnNode({ body: created as never, headers: {} }, { secret: SECRET, now });
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow(/raw request body.*express\.raw.*core\/fastify/s);
  });

  it("answers 500 with the fix, never 401, to a Request whose body was already read", async () => {
    const log = quiet();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: log });
    const request = await sign(created);
    await request.text();
    const response = await handler(request);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({
      error: "configuration_error",
      message: expect.stringContaining("unread Request"),
    });
  });

  it("reports a body stream that fails as a body-read failure, not as a handler that threw", async () => {
    const log = quiet();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: log });
    const body = new ReadableStream({
      pull: (controller) => controller.error(new Error("socket reset")),
    });
    const request = new Request("https://example.test/", {
      method: "POST",
      body,
      duplex: "half",
    } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: "body_unreadable" });
    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining("reading the request body failed"),
      expect.any(Error),
    );
    expect(log.error).not.toHaveBeenCalledWith(expect.stringContaining("threw"), expect.anything());
  });

  it("reads the handler's Request without cloning it (no Deno clone warning)", async () => {
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: quiet() });
    const request = await sign(created);
    const clone = vi.spyOn(request, "clone");
    expect((await handler(request)).status).toBe(202);
    expect(clone).not.toHaveBeenCalled();
  });
});

describe("createWebhookHandlerFactory", () => {
  it("needs a parseWebhook built by createParseWebhook", () => {
    const custom = (async () => ({ ok: false })) as never;
    expect(() => createWebhookHandlerFactory(custom)).toThrow(/createParseWebhook/);
    expect(() =>
      createWebhookHandlerFactory<FixtureEventMap, UnknownFixtureEvent>(
        createParseWebhook(validateEvent),
      ),
    ).not.toThrow();
  });
});
