/// <reference types="node" />
import type { IncomingMessage } from "node:http";
import { declaredTooLarge, type ReadBodyResult } from "../../delivery/read-body.js";
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
export function readNodeBody(
  req: IncomingMessage,
  limits: { maxBytes: number; timeoutMs: number },
): ReadBodyResult | Promise<ReadBodyResult> {
  const { body, rawBody, _body } = req as IncomingMessage & WithBodies;
  const kept = keptBody(rawBody) ?? keptBody(body);
  if (kept !== undefined) return sized(kept, limits.maxBytes);
  if (req.readableEnded || _body === true) throw new ConfigurationError(CONSUMED_BODY_MESSAGE);
  return takeArrived(req, limits.maxBytes) ?? readStream(req, limits);
}

/**
 * The body, when all of it has already arrived (`complete`: Node's parser has seen its end) and
 * sits in the stream's buffer: taken in one `read()`, with no listener, timer or promise. The
 * Node listener waits for the parser to finish the chunk the headers came in, so this is the
 * path of a body sent with its headers; a body still on the wire is read from the stream.
 */
function takeArrived(req: IncomingMessage, maxBytes: number): ReadBodyResult | undefined {
  // `readableFlowing` stays null until someone resumes, pauses or listens for 'data' or
  // 'readable': a stream in any other state is left to the stream reader, as before.
  if (!req.complete || req.readableFlowing !== null || req.destroyed) return undefined;
  if (req.readableLength > maxBytes) return { ok: false, reason: "body_too_large" };
  // Without a size, read() hands over everything buffered (null for an empty body).
  const data = req.read() as Buffer | string | null;
  if (data === null) return { ok: true, bytes: new Uint8Array(0) };
  return sized(typeof data === "string" ? Buffer.from(data) : data, maxBytes);
}

function keptBody(kept: unknown): Uint8Array | undefined {
  if (kept instanceof Uint8Array) return kept;
  return typeof kept === "string" ? new TextEncoder().encode(kept) : undefined;
}

function sized(bytes: Uint8Array, maxBytes: number): ReadBodyResult {
  return bytes.byteLength > maxBytes
    ? { ok: false, reason: "body_too_large" }
    : { ok: true, bytes };
}

/**
 * The limits of `readBody` (delivery/read-body.ts) on Node's stream events: an async iterator and
 * a race per chunk cost more than the hashing of a typical delivery. On an early stop the stream
 * is only paused, never destroyed, so the 413 or 408 can still be sent.
 */
function readStream(
  req: IncomingMessage,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<ReadBodyResult> {
  // A literal, not `{ ...limits, declaredLength }`: V8 in Node 20 builds a spread with an added
  // key through the runtime, about 1 µs against 20 ns.
  const declaredLength = req.headers["content-length"];
  if (
    declaredTooLarge({ maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, declaredLength })
  ) {
    return Promise.resolve({ ok: false, reason: "body_too_large" });
  }
  // Gone already: its 'close' has been emitted, and no listener would ever hear of it.
  if (req.destroyed) {
    return Promise.resolve({
      ok: false,
      reason: req.complete ? "body_unreadable" : "client_aborted",
    });
  }
  return new Promise<ReadBodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    // Once settled the listeners only return: removing them would cost more than the request
    // they live on, which goes away with them.
    const finish = (result: ReadBodyResult) => {
      settled = true;
      clearTimeout(timer);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      if (settled) return;
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > limits.maxBytes) return finish({ ok: false, reason: "body_too_large" });
      chunks.push(bytes);
    };
    const onEnd = () => {
      if (settled) return;
      const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
      finish({ ok: true, bytes });
    };
    const failed = (error?: unknown) => {
      if (settled) return;
      const reason = req.destroyed && !req.complete ? "client_aborted" : "body_unreadable";
      finish({ ok: false, reason, error });
    };
    const onError = (error: unknown) => failed(error);
    // A stream closed before its end: the client went away, or the stream was destroyed.
    const onClose = () => failed();
    const timer = setTimeout(() => finish({ ok: false, reason: "body_timeout" }), limits.timeoutMs);
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
}
