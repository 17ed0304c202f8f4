import { request as httpRequest, type IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { createWebhookHandler } from "../../packages/api-2024-11-01/src/index.js";
import { toNodeListener } from "../../packages/api-2024-11-01/src/node.js";
import { createTestEvent, signTestRequest } from "../../packages/api-2024-11-01/src/testing.js";
import { useServers } from "../../packages/core/test/fixtures/http-server.js";

// Peers and handlers that never finish: each must end in an answer (408 or 503), never a pending
// response, and nothing they do later may escape as an unhandled rejection.
const SECRET = "slow-peers-secret";
const quiet = () => ({ warn: vi.fn(), error: vi.fn(), debug: vi.fn() });
const serve = useServers();
const listen = (handler: ReturnType<typeof createWebhookHandler>) => serve(toNodeListener(handler));

/** Sends `parts` one after the other, `gapMs` apart, and resolves with the response. */
function trickle(base: string, headers: Record<string, string>, parts: string[], gapMs: number) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest(base, { method: "POST", headers });
    req.on("response", (res) => {
      res.resume();
      resolve(res);
    });
    req.on("error", reject);
    // Node's client holds the headers back until the first body byte otherwise.
    req.flushHeaders();
    let i = 0;
    const next = () => {
      if (i < parts.length) {
        req.write(parts[i++]);
        setTimeout(next, gapMs);
      }
    };
    next();
  });
}

describe("slow bodies", () => {
  it.each([
    ["one byte every 20 ms (slowloris)", 20, 200],
    ["half the body, then silence", 10_000, 2],
    ["headers only, no body byte", 10_000, 0],
  ])("%s → 408", async (_name, gapMs, partCount) => {
    const handler = createWebhookHandler({
      secret: SECRET,
      on: {},
      bodyTimeoutMs: 50,
      logger: quiet(),
    });
    const base = await listen(handler);
    const signed = await signTestRequest(createTestEvent("employee.created"), SECRET);
    const body = await signed.text();
    const parts =
      partCount === 2
        ? [body.slice(0, body.length / 2), body.slice(body.length / 2)]
        : body.split("").slice(0, partCount);
    const headers = {
      ...Object.fromEntries(signed.headers),
      "content-length": String(body.length),
    };
    const response = await trickle(base, headers, parts, gapMs);
    expect(response.statusCode).toBe(408);
    expect(response.headers["connection"]).toBe("close");
  });

  it("a Fetch body stream that never ends → 408", async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      on: {},
      bodyTimeoutMs: 30,
      logger: quiet(),
    });
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const request = new Request("https://receiver.test/", {
      method: "POST",
      body: endless,
      duplex: "half",
    } as RequestInit);
    expect((await handler(request)).status).toBe(408);
  });
});

describe("slow handlers", () => {
  it.each([
    ["never resolves", () => new Promise<void>(() => undefined)],
    [
      "takes 10 s (simulated: 10× the deadline)",
      () => new Promise<void>((r) => setTimeout(r, 400)),
    ],
    [
      "rejects after the deadline",
      () => new Promise<void>((_r, reject) => setTimeout(() => reject(new Error("late")), 100)),
    ],
    [
      "spins through microtasks, then throws",
      async () => {
        for (let i = 0; i < 1000; i++) await Promise.resolve();
        await new Promise((r) => setTimeout(r, 80));
        throw new Error("late");
      },
    ],
  ])("a topic handler that %s → 503 at the deadline", async (_name, slow) => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    const log = quiet();
    const handler = createWebhookHandler({
      secret: SECRET,
      handlerTimeoutMs: 40,
      logger: log,
      on: { "employee.created": slow },
    });
    const signed = await signTestRequest(createTestEvent("employee.created"), SECRET);
    expect((await handler(signed)).status).toBe(503);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("inbox"), expect.anything());
    await new Promise((r) => setTimeout(r, 450));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
