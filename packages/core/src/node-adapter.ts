/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
import type { WebhookHandler, WebhookLogger } from "./webhook-handler.js";

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Bodies larger than this many bytes get 413 without being buffered (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where adapter problems (a body already parsed by Express) are reported; default `console`. */
  logger?: WebhookLogger;
}

/** A Node `request` listener that also fits Express's `(req, res, next)` middleware signature. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

const PARSED_BODY_MESSAGE =
  "Lucca webhook: the request body was already consumed and parsed (req.body is set), so its " +
  "signature cannot be checked. Mount this route before express.json(), or parse it with " +
  'express.raw({ type: "*/*" }) instead.';

/**
 * Adapts a Fetch handler (such as `createWebhookHandler`'s) to Node's `http` server and Express.
 * It reads the raw body itself, refusing it past `maxBodyBytes` while streaming.
 *
 * @example
 * http.createServer(toNodeListener(handler)).listen(3000);
 * app.post("/webhooks/lucca", toNodeListener(handler)); // before express.json()
 */
export function toNodeListener(
  handler: WebhookHandler,
  options: NodeListenerOptions = {},
): NodeListener {
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const logger = options.logger ?? console;
  return (req, res, next) => {
    void respond(req, res).catch((error: unknown) => {
      if (next !== undefined) return next(error);
      (logger.error ?? logger.warn).call(logger, "Lucca webhook: the Node adapter failed", error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readNodeBody(req, maxBytes);
    if (body === "too_large") return send(res, tooLarge(), true);
    if (body === "parsed") {
      logger.warn(PARSED_BODY_MESSAGE);
      return send(res, new Response(PARSED_BODY_MESSAGE, { status: 500 }));
    }
    return send(res, await handler(toRequest(req, body)));
  }
}

type NodeBody = Uint8Array | "too_large" | "parsed";

async function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<NodeBody> {
  // Express with express.raw() / express.text() already holds the exact bytes: use them.
  const preread: unknown = (req as { body?: unknown }).body;
  if (preread instanceof Uint8Array) return preread.byteLength > maxBytes ? "too_large" : preread;
  if (typeof preread === "string") return new TextEncoder().encode(preread);
  if (req.readableEnded) return preread === undefined ? new Uint8Array(0) : "parsed";
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return "too_large";
  const chunks: Buffer[] = [];
  let total = 0;
  // destroyOnReturn: false keeps the socket alive on early exit, so the 413 can still be sent.
  const stream: AsyncIterable<Buffer | string> = req.iterator({ destroyOnReturn: false });
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.byteLength;
    // Leaving the loop stops reading; the 413 goes out with `Connection: close`.
    if (total > maxBytes) return "too_large";
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

function toRequest(req: IncomingMessage, body: Uint8Array): Request {
  const headers = new Headers();
  // rawHeaders keeps repeated headers, which Headers then joins with ", " (as Fetch would see
  // them); HTTP/2 pseudo-headers (":path") are not valid Fetch header names.
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    if (!name.startsWith(":")) headers.append(name, req.rawHeaders[i + 1] as string);
  }
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  const host = req.headers.host ?? "localhost";
  const url = buildUrl(req.url ?? "/", `${encrypted ? "https" : "http"}://${host}`);
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (body as Uint8Array<ArrayBuffer>) : undefined,
  });
}

// A garbage Host header must not turn a delivery into a 500: the URL only matters for the query.
function buildUrl(path: string, origin: string): URL {
  try {
    return new URL(path, origin);
  } catch {
    return new URL(path, "http://localhost");
  }
}

function tooLarge(): Response {
  const body = JSON.stringify({ ok: false, error: "payload_too_large" });
  return new Response(body, {
    status: 413,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

async function send(res: ServerResponse, response: Response, close = false): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (close) headers["connection"] = "close";
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers).end(body);
}
