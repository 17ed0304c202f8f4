import { describe, expect, it, vi } from "vitest";
import {
  SECRET,
  createWebhookHandler,
  examples,
  now,
  signAtFixtureTime as sign,
} from "../fixtures/fixture-events.js";

const created = examples["employee.created"];
const logger = () => ({ warn: vi.fn(), error: vi.fn(), debug: vi.fn() });

/** A POST whose body sends a first chunk and then never ends, as a stalled client would. */
function stalledRequest(): { request: Request; cancelled: () => boolean } {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":'));
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request("https://example.test/", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, cancelled: () => cancelled };
}

describe("deadlines", () => {
  it.each([
    ["", undefined],
    [" that declares its length", "100"],
  ])("answers 408 to a body%s that does not arrive in time", async (_name, length) => {
    const log = logger();
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      bodyTimeoutMs: 20,
      logger: log,
    });
    const { request, cancelled } = stalledRequest();
    if (length !== undefined) request.headers.set("content-length", length);
    const response = await handler(request);
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({ ok: false, error: "request_timeout" });
    // Node's own Request is read chunk by chunk, declared length or not: the stream is cancelled.
    expect(cancelled()).toBe(true);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("body_timeout"));
  });

  it("refuses a body longer than the limit even when it declares less (a hand-built Request)", async () => {
    const signed = await sign(created);
    const headers = new Headers(signed.headers);
    headers.set("content-length", "10");
    const body = `${await signed.text()}${" ".repeat(2048)}`;
    const request = new Request("https://example.test/", { method: "POST", headers, body });
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      on: {},
      maxBodyBytes: 1024,
      logger: logger(),
    });
    expect((await handler(request)).status).toBe(413);
  });

  it("aborts the topic handler's signal at the deadline and answers 503, pointing to the inbox", async () => {
    const log = logger();
    let seen: AbortSignal | undefined;
    let finish: () => void = () => undefined;
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      handlerTimeoutMs: 30,
      logger: log,
      on: {
        "employee.created": (_event, { signal }) => {
          seen = signal;
          return new Promise<void>((resolve) => (finish = resolve));
        },
      },
    });
    const response = await handler(await sign(created));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(seen?.aborted).toBe(true);
    expect(log.error).toHaveBeenCalledWith(
      expect.stringMatching(/employee\.created handler still runs after 30 ms.*503.*inbox/),
      expect.objectContaining({ id: created.id, topic: created.topic }),
    );
    finish();
    await vi.waitFor(() =>
      expect(log.warn).toHaveBeenCalledWith(
        expect.stringContaining("finished after the deadline"),
        expect.anything(),
      ),
    );
  });

  it("logs a handler that fails after the deadline, never an unhandled rejection", async () => {
    const log = logger();
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    let fail: (error: Error) => void = () => undefined;
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      handlerTimeoutMs: 10,
      logger: log,
      on: { "employee.created": () => new Promise<void>((_resolve, reject) => (fail = reject)) },
    });
    expect((await handler(await sign(created))).status).toBe(503);
    fail(new Error("late failure"));
    await vi.waitFor(() =>
      expect(log.error).toHaveBeenCalledWith(
        expect.stringContaining("failed after the deadline"),
        expect.objectContaining({ message: "late failure" }),
        expect.anything(),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it("hands late work and deferred work to the host's waitUntil (Workers' ctx, third argument)", async () => {
    const deferred: Promise<unknown>[] = [];
    const ctx = { waitUntil: (promise: Promise<unknown>) => void deferred.push(promise) };
    const done: string[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      logger: logger(),
      on: {
        "employee.created": (_event, { waitUntil }) => {
          waitUntil(Promise.resolve().then(() => void done.push("after the response")));
        },
      },
    });
    const response = await handler(await sign(created), { SOME_BINDING: "x" }, ctx);
    expect(response.status).toBe(202);
    expect(deferred).toHaveLength(1);
    await Promise.all(deferred);
    expect(done).toEqual(["after the response"]);
  });

  it("accepts { waitUntil } as the second argument (Vercel, Next.js after) and logs deferred failures", async () => {
    const log = logger();
    const deferred: Promise<unknown>[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      logger: log,
      on: {
        "employee.created": (_event, { waitUntil }) =>
          waitUntil(Promise.reject(new Error("later"))),
      },
    });
    const waitUntil = (promise: Promise<unknown>) => void deferred.push(promise);
    expect((await handler(await sign(created), { waitUntil })).status).toBe(202);
    await Promise.all(deferred);
    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining("waitUntil failed"),
      expect.objectContaining({ message: "later" }),
    );
  });

  it("survives a host whose waitUntil throws", async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      logger: logger(),
      on: { "employee.created": (_event, { waitUntil }) => waitUntil(Promise.resolve()) },
    });
    const waitUntil = () => {
      throw new Error("waitUntil after the response");
    };
    expect((await handler(await sign(created), { waitUntil })).status).toBe(202);
  });

  it("refuses a handlerTimeoutMs or bodyTimeoutMs that is not a positive integer", () => {
    expect(() => createWebhookHandler({ secret: SECRET, on: {}, handlerTimeoutMs: 0 })).toThrow(
      /handlerTimeoutMs must be a positive integer/,
    );
    expect(() => createWebhookHandler({ secret: SECRET, on: {}, bodyTimeoutMs: -1 })).toThrow(
      /bodyTimeoutMs must be a positive integer/,
    );
  });
});
