import { request as httpRequest, type IncomingMessage } from "node:http";
import Fastify, { type FastifyInstance } from "fastify";
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { luccaWebhooks } from "@lucca-events/core/fastify";
import { toNodeListener } from "@lucca-events/2024-11-01/node";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { afterEach, describe, expect, it, vi } from "vitest";

const SECRET = "whsec-fastify-plugin";
const quiet = { warn: vi.fn(), error: vi.fn() };
const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function start(app: FastifyInstance): Promise<string> {
  apps.push(app);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
}

async function delivery(url: string) {
  const signed = await signTestRequest(createTestEvent("employee.created"), SECRET, { url });
  return { method: "POST", headers: signed.headers, body: await signed.text() };
}

function raw(url: string, method: string) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    httpRequest(url, { method }).on("response", resolve).on("error", reject).end();
  });
}

describe("@lucca-events/core/fastify", () => {
  it("keeps Fastify's JSON parser for the app's other routes", async () => {
    const app = Fastify();
    const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: quiet });
    await app.register(luccaWebhooks, { prefix: "/webhooks/lucca", handler });
    app.post("/other", async (request) => ({ echoed: request.body }));
    const base = await start(app);
    const other = await fetch(`${base}/other`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"a":1}',
    });
    expect(await other.json()).toEqual({ echoed: { a: 1 } });
    expect(
      (await fetch(`${base}/webhooks/lucca`, await delivery(`${base}/webhooks/lucca`))).status,
    ).toBe(202);
  });

  it.each(["TRACE", "PUT", "DELETE"])(
    "answers %s with 405, never Fastify's 404",
    async (method) => {
      const app = Fastify();
      const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: quiet });
      await app.register(luccaWebhooks, { prefix: "/webhooks/lucca", handler });
      const response = await raw(`${await start(app)}/webhooks/lucca`, method);
      expect(response.statusCode).toBe(405);
      expect(response.headers["allow"]).toBe("GET, POST");
    },
  );

  it("refuses a handler that createWebhookHandler did not build", async () => {
    const app = Fastify();
    await expect(
      app.register(luccaWebhooks, { handler: async () => new Response(null) }).ready(),
    ).rejects.toThrow(/createWebhookHandler/);
    await app.close();
  });
});

describe("Fastify without the plugin", () => {
  it("answers 500 with a ConfigurationError naming the plugin, never signature_mismatch", async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: log });
    const listener = toNodeListener(handler);
    const app = Fastify();
    // What users try first: Fastify parses the JSON body, then the raw request goes to the adapter.
    app.post("/webhooks/lucca", (request, reply) => {
      reply.hijack();
      listener(request.raw, reply.raw);
    });
    const base = await start(app);
    const response = await fetch(
      `${base}/webhooks/lucca`,
      await delivery(`${base}/webhooks/lucca`),
    );
    expect(response.status).toBe(500);
    const answer = (await response.json()) as { error: string; message: string };
    expect(answer.error).toBe("configuration_error");
    expect(answer.message).toContain("@lucca-events/core/fastify");
    expect(log.warn).not.toHaveBeenCalledWith(expect.stringContaining("signature_mismatch"));
  });
});
