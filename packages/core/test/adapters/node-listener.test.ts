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
} from "../fixtures/fixture-events.js";
import { useServers } from "../fixtures/http-server.js";

const created = examples["employee.created"];
const listen = useServers();

/** Re-sends a signed test Request to a real server, byte for byte. */
async function post(base: string, payload: object | string, path = "/webhooks/lucca") {
  const signed = await signTestRequest(payload, SECRET, { timestamp: TIMESTAMP });
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: signed.headers,
    body: await signed.text(),
  });
}

const quiet = { warn: vi.fn(), error: vi.fn() };

describe("toNodeListener with http.createServer", () => {
  it("delivers a signed event to the handler and answers 202", async () => {
    const onCreated = vi.fn();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: { "employee.created": onCreated },
    });
    const base = await listen(toNodeListener(handler));
    const response = await post(base, created);
    expect(response.status).toBe(202);
    expect(onCreated).toHaveBeenCalledExactlyOnceWith(
      created,
      expect.objectContaining({ tenant: undefined }),
    );
  });

  it("answers the activation challenge with ç intact", async () => {
    const handler = createWebhookHandler({ secret: SECRET, now, on: {} });
    const base = await listen(toNodeListener(handler));
    const response = await fetch(`${base}/webhooks/lucca?echo=iusiof24dsfxvcç834`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("iusiof24dsfxvcç834");
  });

  it("builds the Request URL from Host and the path, and keeps repeated headers", async () => {
    let seen: Request | undefined;
    const handler: WebhookHandler = async (request) => {
      seen = request;
      return new Response("ok", { status: 202, headers: { "x-custom": "1" } });
    };
    const base = await listen(toNodeListener(handler));
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(`${base}/hook?a=1`, {
        method: "POST",
        headers: { host: "hooks.example.test", "lucca-signature": ["a", "b"] },
      });
      req.on("response", resolve).on("error", reject).end("{}");
    });
    expect(response.statusCode).toBe(202);
    expect(response.headers["x-custom"]).toBe("1");
    expect(seen?.url).toBe("http://hooks.example.test/hook?a=1");
    expect(seen?.headers.get("lucca-signature")).toBe("a, b");
    expect(await seen?.text()).toBe("{}");
  });

  it("answers 401 to a forged delivery and 405 to a bare GET", async () => {
    const handler = createWebhookHandler({ secret: SECRET, now, on: {}, logger: quiet });
    const base = await listen(toNodeListener(handler));
    const forged = await fetch(`${base}/`, {
      method: "POST",
      headers: { "lucca-timestamp": TIMESTAMP, "lucca-signature": "AAAA" },
      body: JSON.stringify(created),
    });
    expect(forged.status).toBe(401);
    expect((await fetch(`${base}/`)).status).toBe(405);
  });

  it("refuses a declared Content-Length over the limit without calling the handler", async () => {
    const handler = vi.fn<WebhookHandler>();
    const base = await listen(toNodeListener(handler, { maxBodyBytes: 1024 }));
    const response = await fetch(`${base}/`, { method: "POST", body: "x".repeat(2048) });
    expect(response.status).toBe(413);
    expect(handler).not.toHaveBeenCalled();
  });

  it("stops reading a chunked body once past the limit", async () => {
    const handler = vi.fn<WebhookHandler>();
    const base = await listen(toNodeListener(handler, { maxBodyBytes: 64 * 1024 }));
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(`${base}/`, { method: "POST" }); // no length: chunked
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        // Keeps sending far past the limit until the server answers.
        while (sent < 64 * 1024 * 1024 && req.write(chunk)) sent += chunk.length;
      };
      req.on("drain", pump);
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on("error", reject);
      pump();
    });
    expect(status).toBe(413);
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes a failing handler's error to next() when mounted as middleware", async () => {
    const failure = new Error("broken handler");
    const next = vi.fn();
    const listener = toNodeListener(() => Promise.reject(failure));
    const base = await listen((req, res) => {
      listener(req, res, (error) => {
        next(error);
        res.writeHead(500).end();
      });
    });
    expect((await post(base, created)).status).toBe(500);
    expect(next).toHaveBeenCalledExactlyOnceWith(failure);
  });
});

describe("toNodeListener as Express middleware", () => {
  // Stand-ins for express.json() and express.raw(): they consume the stream and set req.body.
  async function consume(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  it("answers 500 with a clear message when express.json() already parsed the body", async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handler = vi.fn<WebhookHandler>();
    const listener = toNodeListener(handler, { logger });
    const base = await listen(async (req, res) => {
      (req as IncomingMessage & { body?: unknown }).body = JSON.parse(
        (await consume(req)).toString(),
      );
      listener(req, res, vi.fn());
    });
    const response = await post(base, created);
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/before express\.json\(\).*express\.raw/);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("express.json()"));
    expect(handler).not.toHaveBeenCalled();
  });

  it("uses the Buffer express.raw() left in req.body", async () => {
    const onCreated = vi.fn();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: { "employee.created": onCreated },
    });
    const listener = toNodeListener(handler);
    const base = await listen(async (req, res) => {
      (req as IncomingMessage & { body?: unknown }).body = await consume(req);
      listener(req, res, vi.fn());
    });
    expect((await post(base, created)).status).toBe(202);
    expect(onCreated).toHaveBeenCalledOnce();
  });
});
