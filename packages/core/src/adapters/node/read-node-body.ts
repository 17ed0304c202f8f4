/// <reference types="node" />
import type { IncomingMessage } from "node:http";
import { readBody, type ChunkSource, type ReadBodyResult } from "../../delivery/read-body.js";
import { ConfigurationError } from "../../errors/lucca-events-errors.js";

/** The message for a body some middleware already read: it names each framework's fix. */
export const CONSUMED_BODY_MESSAGE =
  "the request body was already consumed and parsed (req.body is set or the stream has ended), " +
  "so its signature cannot be checked. Express: mount this route before express.json(), or " +
  'parse it with express.raw({ type: "*/*" }) instead. Fastify: register the plugin from ' +
  "@lucca-events/core/fastify (it keeps the raw body). Koa: mount the receiver before any body " +
  "parser. Or set req.rawBody to the raw Buffer, as raw-body plugins do.";

interface WithBodies {
  body?: unknown;
  rawBody?: unknown;
  // Set by body-parser (Express) once it has read the stream.
  _body?: unknown;
}

/**
 * Reads a Node request's raw body once, within the limits. A raw body a framework kept
 * (`req.rawBody`, or the Buffer or string `express.raw()`/`express.text()` leave in `req.body`)
 * is used as it is; a body already parsed or consumed throws {@link ConfigurationError}.
 */
export async function readNodeBody(
  req: IncomingMessage,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<ReadBodyResult> {
  const { body, rawBody, _body } = req as IncomingMessage & WithBodies;
  for (const kept of [rawBody, body]) {
    if (kept instanceof Uint8Array) return sized(kept, limits.maxBytes);
    if (typeof kept === "string") return sized(new TextEncoder().encode(kept), limits.maxBytes);
  }
  if (req.readableEnded || _body === true) throw new ConfigurationError(CONSUMED_BODY_MESSAGE);
  return readBody(nodeStreamSource(req), {
    maxBytes: limits.maxBytes,
    timeoutMs: limits.timeoutMs,
    declaredLength: req.headers["content-length"],
  });
}

function sized(bytes: Uint8Array, maxBytes: number): ReadBodyResult {
  return bytes.byteLength > maxBytes
    ? { ok: false, reason: "body_too_large" }
    : { ok: true, bytes };
}

function nodeStreamSource(req: IncomingMessage): ChunkSource {
  // destroyOnReturn: false keeps the socket alive on early exit, so the 413 or 408 can be sent.
  const iterator = req.iterator({ destroyOnReturn: false })[Symbol.asyncIterator]();
  return {
    read: () => iterator.next() as Promise<{ done: boolean; value?: Uint8Array | string }>,
    cancel: () => void iterator.return?.().catch(() => undefined),
    aborted: () => req.destroyed && !req.complete,
  };
}
