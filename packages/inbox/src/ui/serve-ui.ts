import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { DeliveryStatus } from "../delivery-row.js";
import { DELIVERY_STATUSES } from "../delivery-row.js";
import { InboxError } from "../inbox-error.js";
import type { Inbox } from "../open-inbox.js";
import { UI_PAGE } from "./page.js";

/** A running inbox page. */
export interface InboxUi {
  url: string;
  close(): Promise<void>;
}

/** Options of {@link serveInboxUi}. */
export interface ServeInboxUiOptions {
  /** Default 0 (any free port). */
  port?: number;
  /** Default `127.0.0.1`: the page can retry and discard, so it stays on this machine. */
  host?: string;
}

/**
 * Serves the operator's page for `inbox`: deliveries by status, attempts and last error, the
 * payload's fields, filters, retry and discard, and live updates (server-sent events).
 *
 * @example
 * const ui = await serveInboxUi(inbox, { port: 4780 });
 * console.log(`inbox page on ${ui.url}`);
 */
export async function serveInboxUi(
  inbox: Inbox,
  options: ServeInboxUiOptions = {},
): Promise<InboxUi> {
  const host = options.host ?? "127.0.0.1";
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    void route(inbox, request, response, streams).catch((error: unknown) => {
      const code = error instanceof InboxError ? error.code : undefined;
      const status = code === "not_found" ? 404 : code === "busy" ? 409 : 400;
      const message = error instanceof Error ? error.message : "request failed";
      if (!response.headersSent) json(response, status, { error: message });
      else response.end();
    });
  });
  // Live updates: every second, each open page gets the counts (cheap: one GROUP BY).
  const ticker = setInterval(() => {
    if (streams.size === 0) return;
    void inbox.status().then(
      (counts) => {
        for (const stream of streams) stream.write(`data: ${JSON.stringify(counts)}\n\n`);
      },
      () => undefined,
    );
  }, 1_000);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(ticker);
        for (const stream of streams) stream.end();
        server.close(() => resolve());
      }),
  };
}

async function route(
  inbox: Inbox,
  request: IncomingMessage,
  response: ServerResponse,
  streams: Set<ServerResponse>,
): Promise<void> {
  // DNS rebinding: a page on another name must not reach this server through the browser.
  const hostname = (request.headers.host ?? "").replace(/:\d+$/, "");
  if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) {
    return json(response, 403, { error: "forbidden host" });
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  const path = url.pathname;
  if (request.method === "GET" && path === "/") {
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
    });
    return void response.end(UI_PAGE);
  }
  if (request.method === "GET" && path === "/api/status")
    return json(response, 200, await inbox.status());
  if (request.method === "GET" && path === "/api/live") {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
    response.write(`data: ${JSON.stringify(await inbox.status())}\n\n`);
    streams.add(response);
    request.on("close", () => streams.delete(response));
    return;
  }
  if (request.method === "GET" && path === "/api/deliveries") {
    const status = url.searchParams.get("status") || undefined;
    if (status !== undefined && !DELIVERY_STATUSES.includes(status as DeliveryStatus)) {
      return json(response, 400, { error: "unknown status" });
    }
    const topic = url.searchParams.get("topic") || undefined;
    const listOptions = { status: status as DeliveryStatus | undefined, topic, limit: 200 };
    return json(response, 200, await inbox.list(listOptions));
  }
  if (request.method === "GET" && path === "/api/delivery") {
    return json(response, 200, await inbox.show(url.searchParams.get("key") ?? ""));
  }
  if (request.method === "POST" && (path === "/api/retry" || path === "/api/discard")) {
    // A custom header forces a CORS preflight, which this server never grants: no cross-site POST.
    if (request.headers["x-lucca-inbox"] !== "1")
      return json(response, 403, { error: "forbidden" });
    const key = url.searchParams.get("key") ?? "";
    if (path === "/api/retry") await inbox.retry(key);
    else await inbox.discard(key);
    return json(response, 200, { ok: true });
  }
  json(response, 404, { error: "not found" });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}
