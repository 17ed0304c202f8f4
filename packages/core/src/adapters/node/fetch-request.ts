/// <reference types="node" />
import type { IncomingMessage } from "node:http";

/** The full URL of a Node request, from `Host` and the path; no parsing on the hot path. */
export function requestUrl(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true;
  return `${encrypted ? "https" : "http"}://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
}

/**
 * A Fetch `Request` for a handler this library did not build (it only takes Requests). rawHeaders
 * keeps repeated headers, which Headers then joins with ", " as Fetch would see them; HTTP/2
 * pseudo-headers (":path") are not valid Fetch header names.
 */
export function toFetchRequest(req: IncomingMessage, body: Uint8Array): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    if (!name.startsWith(":")) headers.append(name, req.rawHeaders[i + 1] as string);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(safeUrl(req), {
    method,
    headers,
    body: hasBody ? (body as Uint8Array<ArrayBuffer>) : undefined,
  });
}

// A garbage Host header must not turn a delivery into a 500: the URL only matters for the query.
function safeUrl(req: IncomingMessage): URL {
  try {
    return new URL(requestUrl(req));
  } catch {
    return new URL(req.url ?? "/", "http://localhost");
  }
}

/** Methods the Fetch `Request` constructor refuses (Fetch standard, "forbidden method"). */
export const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
