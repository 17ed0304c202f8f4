import { request as httpRequest } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { createWebhookHandler } from "../../packages/api-2024-11-01/src/index.js";
import { toNodeListener } from "../../packages/api-2024-11-01/src/node.js";
import { createTestEvent, signTestRequest } from "../../packages/api-2024-11-01/src/testing.js";
import { send, useServers } from "../../packages/core/test/fixtures/http-server.js";

// Methods, encodings, loggers and secrets as a careless client or configuration sends them. Each
// ends in its status from the outcome table, never a 500 from a throw or a rejected promise.
const SECRET = "misuse-secret";
const listen = useServers();

const quiet = { warn: () => undefined, error: () => undefined };
const throwing = {
  warn: () => {
    throw new Error("logger down");
  },
  error: () => {
    throw new Error("logger down");
  },
  debug: () => {
    throw new Error("logger down");
  },
};

describe("methods through the Node adapter", () => {
  it.each([
    "TRACE",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
    "HEAD",
    "PROPFIND",
    "MKCOL",
    "LOCK",
    "PURGE",
    "SEARCH",
  ])("%s → 405 with Allow: GET, POST", async (method) => {
    const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: quiet });
    const response = await send(await listen(toNodeListener(handler)), method);
    expect(response.statusCode).toBe(405);
    expect(response.headers["allow"]).toBe("GET, POST");
  });
});

describe("content codings", () => {
  it.each(["gzip", "x-gzip", "deflate", "br", "zstd", "compress", "gzip, gzip", "aes128gcm"])(
    "%s → 415 with a message, before the body is read",
    async (coding) => {
      const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: quiet });
      const signed = await signTestRequest(createTestEvent("employee.created"), SECRET, {
        headers: { "content-encoding": coding },
      });
      const response = await handler(signed);
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ ok: false, error: "unsupported_content_encoding" });
      expect(signed.bodyUsed).toBe(false);
    },
  );
});

describe("a logger that throws on every call", () => {
  it.each([
    [
      "a forged delivery",
      async () => signTestRequest(createTestEvent("employee.created"), "x"),
      401,
    ],
    ["an invalid event", async () => signTestRequest({ topic: "employee.created" }, SECRET), 400],
    ["invalid JSON", async () => signTestRequest("{", SECRET), 400],
    [
      "gzip",
      async () =>
        signTestRequest(createTestEvent("employee.created"), SECRET, {
          headers: { "content-encoding": "gzip" },
        }),
      415,
    ],
    [
      "a handler that throws",
      async () => signTestRequest(createTestEvent("employee.created"), SECRET),
      500,
    ],
  ])("%s still gets its status", async (_name, request, status) => {
    const handler = createWebhookHandler({
      secret: SECRET,
      logger: throwing,
      on: { "employee.created": () => Promise.reject(new Error("handler")) },
    });
    expect((await handler(await request())).status).toBe(status);
  });

  it("through the Node adapter, a client that leaves still leaves the server up", async () => {
    const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: throwing });
    const base = await listen(toNodeListener(handler, { logger: throwing }));
    const req = httpRequest(base, { method: "POST", headers: { "content-length": "100" } });
    req.on("error", () => undefined);
    req.write("{");
    await new Promise((r) => setTimeout(r, 20));
    req.destroy();
    await new Promise((r) => setTimeout(r, 20));
    expect((await send(base, "GET")).statusCode).toBe(405);
  });
});

describe("secrets as a configuration gets them wrong", () => {
  it.each([
    "secret\n",
    "secret\r\n",
    " secret",
    "secret ",
    "\tsecret",
    "secret\u00a0",
    "\ufeffsecret",
  ])("%j is refused at construction, saying why", (secret) => {
    expect(() => createWebhookHandler({ secret, on: {} })).toThrow(/surrounding whitespace/);
  });

  it.each([
    ["empty", ""],
    ["an empty Uint8Array", new Uint8Array(0)],
    ["a number", 42],
    ["null", null],
  ])("%s is refused at construction", (_name, secret) => {
    expect(() => createWebhookHandler({ secret: secret as never, on: {} })).toThrow(
      /non-empty string or Uint8Array/,
    );
  });
});

describe("handlers that are not own properties", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])(
    "a topic named %s reaches no Object.prototype method (202, nothing called)",
    async (topic) => {
      const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: quiet });
      const event = { ...createTestEvent("employee.created"), topic };
      expect((await handler(await signTestRequest(event, SECRET))).status).toBe(202);
    },
  );

  it("a class instance as `on` warns at construction and calls nothing", () => {
    const warn = vi.fn();
    class Handlers {
      "employee.created"() {
        throw new Error("must not run");
      }
    }
    createWebhookHandler({ secret: SECRET, on: new Handlers() as never, logger: { warn } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("prototype"));
  });
});
