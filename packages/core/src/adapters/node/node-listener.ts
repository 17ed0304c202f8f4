/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { outcomeResponse } from "../../delivery/outcomes.js";
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "../../delivery/read-body.js";
import { ConfigurationError } from "../../errors/lucca-events-errors.js";
import {
  deliveryPortOf,
  type DeliveryPort,
  type DeliveryRequest,
} from "../../handler/delivery-port.js";
import { safeLogger, type WebhookLogger } from "../../handler/safe-logger.js";
import type { WebhookHandler } from "../../handler/webhook-handler.js";
import { FORBIDDEN_METHODS, requestUrl, toFetchRequest } from "./fetch-request.js";
import { CONSUMED_BODY_MESSAGE, readNodeBody } from "./read-node-body.js";
import { writeAnswer, writeFetchResponse } from "./write-response.js";

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * Only for a Fetch handler this library did not build (default 1 MiB). A `createWebhookHandler`
   * handler brings its own `maxBodyBytes`, which the adapter shares: set it there.
   */
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

/**
 * Adapts a webhook handler to Node's `http` server and Express. For a `createWebhookHandler`
 * handler it reads the raw body from the stream once, within the handler's limits, and writes the
 * answer straight to the response: no Fetch `Request`, no clone.
 *
 * @example
 * http.createServer(toNodeListener(handler)).listen(3000);
 * app.post("/webhooks/lucca", toNodeListener(handler)); // before express.json()
 */
export function toNodeListener(
  handler: WebhookHandler,
  options: NodeListenerOptions = {},
): NodeListener {
  const port = deliveryPortOf(handler);
  if (
    port !== undefined &&
    options.maxBodyBytes !== undefined &&
    options.maxBodyBytes !== port.maxBodyBytes
  ) {
    throw new ConfigurationError(
      `toNodeListener() got maxBodyBytes ${options.maxBodyBytes}, but the handler enforces ` +
        `${port.maxBodyBytes}: set maxBodyBytes on createWebhookHandler() only.`,
    );
  }
  const logger = safeLogger(options.logger ?? console);
  const respond =
    port === undefined ? fetchResponder(handler, options, logger) : portResponder(port);
  // A failure handler is made only for an answer that waited: most deliveries need none.
  function failed(error: unknown, res: ServerResponse, next?: (error?: unknown) => void): void {
    if (next !== undefined) return next(error);
    logger.error("Lucca webhook: the Node adapter failed", error);
    if (!res.headersSent) res.writeHead(500).end();
    else res.destroy();
  }
  function serve(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) {
    try {
      const responding = respond(req, res);
      if (responding !== undefined) responding.catch((error: unknown) => failed(error, res, next));
    } catch (error) {
      failed(error, res, next);
    }
  }
  // Node calls the listener as soon as the headers are parsed, and each of its parser's events
  // runs in a callback of its own, ticks and microtasks included: the body sent with the headers
  // is parsed only after them. An immediate runs once the whole chunk is parsed, so such a body
  // (most deliveries) is there to take at once (read-node-body.ts), with no listener, timer or
  // promise; a body still on the wire then is read as it comes.
  return (req, res, next) => {
    if (req.complete) serve(req, res, next);
    else setImmediate(serve, req, res, next);
  };
}

/**
 * Handles one request through the port; the answer is served even if the client left. A promise
 * only when the delivery waited on something (the body on the wire, an async secret or handler).
 */
export function portResponder(port: DeliveryPort) {
  return (req: IncomingMessage, res: ServerResponse): Promise<void> | undefined => {
    const answer = port.handle(new NodeDelivery(req));
    if (!(answer instanceof Promise)) return void writeAnswer(res, answer);
    return answer.then((ready) => writeAnswer(res, ready));
  };
}

/** A Node request as the port reads it: one object, its URL and body read only when asked. */
class NodeDelivery implements DeliveryRequest {
  readonly method: string;
  readonly headers: IncomingMessage["headers"];
  readonly params: Readonly<Record<string, string | undefined>> | undefined;
  readonly #req: IncomingMessage;

  constructor(req: IncomingMessage) {
    this.#req = req;
    this.method = req.method ?? "GET";
    this.headers = req.headers;
    this.params = routeParams(req);
  }

  get url(): string {
    return requestUrl(this.#req);
  }

  readBody(limits: { maxBytes: number; timeoutMs: number }): ReturnType<typeof readNodeBody> {
    return readNodeBody(this.#req, limits);
  }
}

function fetchResponder(
  handler: WebhookHandler,
  options: NodeListenerOptions,
  logger: ReturnType<typeof safeLogger>,
) {
  const limits = {
    maxBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    timeoutMs: DEFAULT_BODY_TIMEOUT_MS,
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? "GET";
    // The Request constructor throws on these: answer as the handler would, never 500.
    if (FORBIDDEN_METHODS.has(method.toUpperCase()))
      return writeAnswer(res, outcomeResponse("method_not_allowed"));
    let body: Uint8Array = new Uint8Array(0);
    if (method !== "GET" && method !== "HEAD") {
      let read;
      try {
        read = await readNodeBody(req, limits);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        logger.warn(`Lucca webhook: ${CONSUMED_BODY_MESSAGE}`);
        return writeAnswer(res, outcomeResponse("configuration_error", { message: error.message }));
      }
      if (!read.ok) {
        if (read.reason === "client_aborted")
          return void logger.debug("Lucca webhook: the client left");
        const outcome =
          read.reason === "body_too_large"
            ? "payload_too_large"
            : read.reason === "body_timeout"
              ? "request_timeout"
              : "body_unreadable";
        return writeAnswer(res, outcomeResponse(outcome));
      }
      body = read.bytes;
    }
    await writeFetchResponse(res, await handler(toFetchRequest(req, body)));
  };
}

// Express and Fastify leave the router's path parameters on the request.
function routeParams(
  req: IncomingMessage,
): Readonly<Record<string, string | undefined>> | undefined {
  const params: unknown = (req as { params?: unknown }).params;
  return typeof params === "object" && params !== null
    ? (params as Record<string, string>)
    : undefined;
}
