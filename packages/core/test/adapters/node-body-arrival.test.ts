import { request as httpRequest, type IncomingMessage } from "node:http";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { toNodeListener } from "../../src/node.js";
import {
  SECRET,
  createWebhookHandler,
  examples,
  now,
  signedCreatedDelivery,
} from "../fixtures/fixture-events.js";
import { send, useServers } from "../fixtures/http-server.js";

// The Node adapter takes a body that arrived with its headers from the stream's buffer at once,
// and reads one still on the wire from the stream: both must give the same answers.
const created = examples["employee.created"];
const listen = useServers();
const quiet = () => ({ warn: vi.fn(), error: vi.fn(), debug: vi.fn() });

/** A handler that calls `onCreated` for each employee.created delivery. */
function handlerCalling(onCreated: () => void) {
  return createWebhookHandler({
    secret: SECRET,
    now,
    on: { "employee.created": onCreated },
    logger: quiet(),
  });
}

/** Sends the headers, then each part `gapMs` after the one before; resolves with the answer. */
function sendInParts(
  base: string,
  headers: Record<string, string>,
  parts: readonly string[],
  gapMs: number,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(base, { method: "POST", headers });
    req.on("response", (res) => {
      res.resume();
      resolve(res);
    });
    req.on("error", reject);
    req.flushHeaders();
    let next = 0;
    const write = () => {
      if (next === parts.length) return void req.end();
      req.write(parts[next++]);
      setTimeout(write, gapMs);
    };
    setTimeout(write, gapMs);
  });
}

describe("toNodeListener: a body that arrived with its headers, or after them", () => {
  it("takes a body sent with its headers without listening to the stream", async () => {
    const onCreated = vi.fn();
    const handler = handlerCalling(onCreated);
    const listener = toNodeListener(handler);
    const watched: IncomingMessage[] = [];
    const base = await listen((req, res) => {
      vi.spyOn(req, "on");
      watched.push(req);
      listener(req, res);
    });
    const { headers, body } = await signedCreatedDelivery();
    expect((await send(base, "POST", headers, body)).statusCode).toBe(202);
    expect(onCreated).toHaveBeenCalledExactlyOnceWith(created, expect.anything());
    const added = watched.flatMap((req) => vi.mocked(req.on).mock.calls.map(([event]) => event));
    expect(added).not.toContain("data");
  });

  it("reads a body whose parts come after the headers, whatever the split", async () => {
    const onCreated = vi.fn();
    const handler = handlerCalling(onCreated);
    const base = await listen(toNodeListener(handler));
    const { headers, body } = await signedCreatedDelivery();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: body.length - 1 }), { maxLength: 4 }),
        fc.constantFrom(0, 5),
        async (cuts, gapMs) => {
          const ends = [...cuts.sort((a, b) => a - b), body.length];
          const parts = ends.map((end, index) =>
            body.slice(index === 0 ? 0 : ends[index - 1], end),
          );
          const response = await sendInParts(base, headers, parts, gapMs);
          expect(response.statusCode).toBe(202);
        },
      ),
      { numRuns: 12 },
    );
    expect(onCreated).toHaveBeenCalledTimes(12);
  });

  it("refuses an arrived chunked body over the limit with 413, and an empty one with 401", async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      maxBodyBytes: 64,
      logger: quiet(),
    });
    const base = await listen(toNodeListener(handler));
    const chunked = await new Promise<IncomingMessage>((resolve, reject) => {
      // No Content-Length: the limit can only be seen in the bytes themselves.
      const req = httpRequest(base, { method: "POST" });
      req.on("response", resolve).on("error", reject);
      req.end("x".repeat(100));
    });
    expect(chunked.statusCode).toBe(413);
    expect(chunked.headers["connection"]).toBe("close");
    expect((await send(base, "POST")).statusCode).toBe(401);
  });
});
