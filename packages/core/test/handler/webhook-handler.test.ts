import { describe, expect, it, vi } from "vitest";
import { ConfigurationError } from "../../src/errors/lucca-events-errors.js";
import { signTestRequest } from "../../src/testing.js";
import type { WebhookLogger } from "../../src/handler/webhook-handler.js";
import {
  SECRET,
  TIMESTAMP,
  createWebhookHandler,
  examples,
  now,
  signAtFixtureTime as sign,
} from "../fixtures/fixture-events.js";

const created = examples["employee.created"];
const updated = examples["employee.updated"];

function silentLogger() {
  return {
    warn: vi.fn<WebhookLogger["warn"]>(),
    error: vi.fn<NonNullable<WebhookLogger["error"]>>(),
  };
}

// The second argument every topic handler and hook receives.
const context = expect.objectContaining({
  signal: expect.any(AbortSignal),
  request: expect.objectContaining({ method: "POST" }),
  waitUntil: expect.any(Function),
});

describe("createWebhookHandler: activation challenge", () => {
  const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: silentLogger() });

  it.each(["echo", "challenge"])("echoes ?%s= as UTF-8 plain text, ç intact", async (name) => {
    const url = `https://example.test/webhooks/lucca?${name}=iusiof24dsfxvcç834`;
    const response = await handler(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("iusiof24dsfxvcç834");
  });

  it("decodes percent-escapes but keeps a literal +", async () => {
    const response = await handler(new Request("https://example.test/?echo=a%2Fb+c%C3%A7"));
    expect(await response.text()).toBe("a/b+cç");
  });

  it("answers 405, never 404, to other GETs and other methods", async () => {
    for (const request of [
      new Request("https://example.test/"),
      new Request("https://example.test/?other=1"),
      new Request("https://example.test/", { method: "PUT", body: "{}" }),
      new Request("https://example.test/", { method: "HEAD" }),
      new Request("https://example.test/?echo=x", { method: "DELETE" }),
    ]) {
      const response = await handler(request);
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, POST");
    }
  });
});

describe("createWebhookHandler: deliveries", () => {
  it("dispatches each topic to its handler with the event and answers 202", async () => {
    const onCreated = vi.fn();
    const onUpdated = vi.fn(async () => undefined);
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: { "employee.created": onCreated, "employee.updated": onUpdated },
    });
    expect((await handler(await sign(created))).status).toBe(202);
    expect((await handler(await sign(updated))).status).toBe(202);
    expect(onCreated).toHaveBeenCalledExactlyOnceWith(created, context);
    expect(onUpdated).toHaveBeenCalledExactlyOnceWith(updated, context);
  });

  it("answers 202 to a known topic without a handler", async () => {
    const handler = createWebhookHandler({ secret: SECRET, now, on: {} });
    expect((await handler(await sign(created))).status).toBe(202);
  });

  it("passes an unknown topic to onUnknownTopic, then answers 202", async () => {
    const onUnknownTopic = vi.fn();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, onUnknownTopic });
    const unknown = { ...created, topic: "legal-entity.deleted" };
    expect((await handler(await sign(unknown))).status).toBe(202);
    expect(onUnknownTopic).toHaveBeenCalledExactlyOnceWith(unknown, context);
    const withoutHook = createWebhookHandler({ secret: SECRET, now, on: {} });
    expect((await withoutHook(await sign({ ...unknown, topic: "toString" }))).status).toBe(202);
  });

  it("passes an invalid event to onInvalidEvent, then answers 202", async () => {
    const onInvalidEvent = vi.fn();
    const onCreated = vi.fn();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: { "employee.created": onCreated },
      onInvalidEvent,
    });
    const invalid = { ...created, data: { ...created.data, email: 42 } };
    expect((await handler(await sign(invalid))).status).toBe(202);
    expect(onInvalidEvent).toHaveBeenCalledExactlyOnceWith(
      invalid,
      [expect.objectContaining({ instancePath: "/data/email" })],
      "schema_mismatch",
      context,
    );
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("answers 400 to an invalid event without onInvalidEvent, and logs the reason", async () => {
    const logger = silentLogger();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger });
    const response = await handler(await sign({ ...created, apiVersion: "2030-01-01" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: "invalid_event",
      reason: "api_version_mismatch",
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining("api_version_mismatch"),
      expect.any(Array),
    );
  });

  it("answers 400 to invalid JSON", async () => {
    const logger = silentLogger();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger });
    const response = await handler(await sign("{nope"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_json" });
  });

  it("answers 401 with a generic body that leaks neither secret nor reason", async () => {
    const logger = silentLogger();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger });
    const forged = await signTestRequest(created, "wrong-secret", { timestamp: TIMESTAMP });
    const unsigned = new Request("https://example.test/", { method: "POST", body: "{}" });
    for (const request of [forged, unsigned]) {
      const response = await handler(request);
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ ok: false, error: "unauthorized" });
      expect(text).not.toContain(SECRET);
    }
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("signature_mismatch"));
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("missing_signature"));
  });

  it("answers 413 to a body over maxBodyBytes", async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      maxBodyBytes: 100,
      logger: silentLogger(),
    });
    expect((await handler(await sign(created))).status).toBe(413);
  });

  it("answers 500 and calls onError when a handler throws", async () => {
    const boom = new Error("boom");
    const onError = vi.fn();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: { "employee.created": () => Promise.reject(boom) },
      onError,
    });
    const response = await handler(await sign(created));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("boom");
    expect(onError).toHaveBeenCalledExactlyOnceWith(boom, created);
  });

  it("does not let a throwing onError escape, and logs both errors", async () => {
    const logger = silentLogger();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {
        "employee.created": () => {
          throw new Error("handler");
        },
      },
      onError: () => {
        throw new Error("hook");
      },
      logger,
    });
    expect((await handler(await sign(created))).status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it("logs a throwing handler when there is no onError", async () => {
    const logger = { warn: vi.fn() };
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      onUnknownTopic: () => {
        throw new Error("x");
      },
      logger,
    });
    expect((await handler(await sign({ ...created, topic: "x.created" }))).status).toBe(500);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("threw"), expect.any(Error));
  });

  it("fails at creation, not on the first delivery, when the secret is missing", () => {
    expect(() => createWebhookHandler({ secret: "", on: {} })).toThrow(ConfigurationError);
    const unset = process.env["SURELY_UNSET_LUCCA_SECRET"] as string;
    expect(() => createWebhookHandler({ secret: unset, on: {} })).toThrow(/environment variable/);
  });
});
