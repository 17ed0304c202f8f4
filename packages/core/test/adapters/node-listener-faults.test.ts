import { request as httpRequest, type IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { toNodeListener } from "../../src/node.js";
import { signTestRequest } from "../../src/testing.js";
import type { WebhookHandler } from "../../src/handler/webhook-handler.js";
import {
  SECRET,
  TIMESTAMP,
  createWebhookHandler,
  examples,
  now,
  signedCreatedDelivery,
} from "../fixtures/fixture-events.js";
import { send as raw, useServers } from "../fixtures/http-server.js";

const created = examples["employee.created"];
const listen = useServers();
const quiet = () => ({ warn: vi.fn(), error: vi.fn(), debug: vi.fn() });

describe("toNodeListener on a createWebhookHandler handler", () => {
  it.each(["TRACE", "PUT", "DELETE", "OPTIONS", "PATCH"])(
    "answers %s with 405 and Allow: GET, POST",
    async (method) => {
      const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: quiet() });
      const response = await raw(await listen(toNodeListener(handler)), method);
      expect(response.statusCode).toBe(405);
      expect(response.headers["allow"]).toBe("GET, POST");
    },
  );

  it("answers TRACE with 405, not 500, for a plain Fetch handler too (Request refuses TRACE)", async () => {
    const base = await listen(toNodeListener(async () => new Response(null)));
    const response = await raw(base, "TRACE");
    expect(response.statusCode).toBe(405);
    expect(response.headers["allow"]).toBe("GET, POST");
  });

  it("builds no Fetch Request and clones nothing on the delivery path", async () => {
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: quiet() });
    const base = await listen(toNodeListener(handler));
    const { headers, body } = await signedCreatedDelivery();
    const RealRequest = globalThis.Request;
    const built = vi.fn();
    vi.stubGlobal(
      "Request",
      new Proxy(RealRequest, {
        construct(target, args) {
          built();
          return Reflect.construct(target, args) as object;
        },
      }),
    );
    try {
      const response = await raw(base, "POST", headers, body);
      expect(response.statusCode).toBe(202);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(built).not.toHaveBeenCalled();
  });

  it("shares the handler's maxBodyBytes: raising it lets a 1.5 MiB delivery through", async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      maxBodyBytes: 2 * 1_048_576,
      logger: quiet(),
    });
    const base = await listen(toNodeListener(handler));
    const big = { ...created, data: { ...created.data, note: "x".repeat(1_572_864) } };
    const signed = await signTestRequest(big, SECRET, { timestamp: TIMESTAMP });
    const response = await raw(
      base,
      "POST",
      Object.fromEntries(signed.headers),
      await signed.text(),
    );
    expect(response.statusCode).toBe(202);
  });

  it("refuses a second, different maxBodyBytes on the adapter", () => {
    const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: quiet() });
    expect(() => toNodeListener(handler, { maxBodyBytes: 10 })).toThrow(
      /set maxBodyBytes on createWebhookHandler/,
    );
  });

  it("answers 408 to a body that stalls, and closes the connection", async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      bodyTimeoutMs: 30,
      logger: quiet(),
    });
    const base = await listen(toNodeListener(handler));
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(base, { method: "POST", headers: { "content-length": "100" } });
      req.on("response", resolve).on("error", reject);
      req.write('{"id":'); // and never the rest
    });
    expect(response.statusCode).toBe(408);
    expect(response.headers["connection"]).toBe("close");
  });

  it("uses req.rawBody (Buffer or string) as many frameworks' raw-body plugins leave it", async () => {
    const onCreated = vi.fn();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: { "employee.created": onCreated },
      logger: quiet(),
    });
    const listener = toNodeListener(handler);
    for (const asString of [false, true]) {
      const base = await listen(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const bytes = Buffer.concat(chunks);
        Object.assign(req, {
          body: JSON.parse(bytes.toString()),
          rawBody: asString ? bytes.toString() : bytes,
        });
        listener(req, res);
      });
      const { headers, body } = await signedCreatedDelivery();
      expect((await raw(base, "POST", headers, body)).statusCode).toBe(202);
    }
    expect(onCreated).toHaveBeenCalledTimes(2);
  });

  it("answers 500 with the framework fix, never 401, when a framework consumed the stream", async () => {
    const log = quiet();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: log });
    const listener = toNodeListener(handler);
    const base = await listen(async (req, res) => {
      for await (const chunk of req) void chunk; // consumed, nothing kept (Fastify, koa-bodyparser)
      listener(req, res);
    });
    const { headers, body } = await signedCreatedDelivery();
    const response = await fetch(base, { method: "POST", headers, body });
    expect(response.status).toBe(500);
    const answer = (await response.json()) as { error: string; message: string };
    expect(answer.error).toBe("configuration_error");
    expect(answer.message).toMatch(/already consumed.*Fastify.*Koa/s);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("already consumed"));
  });

  it("logs a client that leaves mid-body at debug level, not as an error", async () => {
    const log = quiet();
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: log });
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const listener = toNodeListener(handler);
    const base = await listen((req, res) => {
      res.on("close", done);
      listener(req, res);
    });
    const req = httpRequest(base, { method: "POST", headers: { "content-length": "1000" } });
    req.on("error", () => undefined);
    req.write('{"id":');
    setTimeout(() => req.destroy(), 20);
    await finished;
    await vi.waitFor(() =>
      expect(log.debug).toHaveBeenCalledWith(expect.stringContaining("closed the connection")),
    );
    expect(log.error).not.toHaveBeenCalled();
  });

  it("passes Express-style route params to the secret resolver", async () => {
    const resolver = vi.fn(
      ({ params }: { params: Readonly<Record<string, string | undefined>> }) =>
        params["tenant"] === "acme" ? SECRET : undefined,
    );
    const handler = createWebhookHandler({ secret: resolver, now, on: {}, logger: quiet() });
    const listener = toNodeListener(handler);
    const base = await listen((req, res) => {
      Object.assign(req, { params: { tenant: "acme" } });
      listener(req, res);
    });
    const { headers, body } = await signedCreatedDelivery();
    expect((await raw(base, "POST", headers, body)).statusCode).toBe(202);
    expect(resolver).toHaveBeenCalledOnce();
  });
});

describe("toNodeListener on a plain Fetch handler", () => {
  it("still builds a Request for it, with the adapter's own maxBodyBytes", async () => {
    const handler = vi.fn<WebhookHandler>(async (request) => new Response(await request.text()));
    const base = await listen(toNodeListener(handler, { maxBodyBytes: 10 }));
    expect((await raw(base, "POST", {}, "12345")).statusCode).toBe(200);
    expect((await raw(base, "POST", {}, "x".repeat(11))).statusCode).toBe(413);
  });
});
