/// <reference types="node" />
import type { IncomingMessage } from "node:http";
import { ConfigurationError } from "../../errors/lucca-events-errors.js";
import { deliveryPortOf } from "../../handler/delivery-port.js";
import type { WebhookHandler } from "../../handler/webhook-handler.js";
import { requestUrl } from "../node/fetch-request.js";
import { readNodeBody } from "../node/read-node-body.js";

/** Options of {@link luccaWebhooks}, given to `fastify.register(luccaWebhooks, options)`. */
export interface LuccaWebhooksOptions {
  /** A version's `createWebhookHandler(...)` result. */
  handler: WebhookHandler;
  /** The route, relative to the plugin's prefix; default `/`. */
  path?: string;
}

// The few Fastify members the plugin uses, typed loosely so core needs no Fastify types and any
// Fastify 4 or 5 instance fits.
interface FastifyRequestLike {
  raw: IncomingMessage;
  params?: unknown;
}
interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  headers(headers: Record<string, string>): FastifyReplyLike;
  send(body: string): unknown;
}
interface FastifyLike {
  removeAllContentTypeParsers(): void;
  // Fastify's own signatures are overloaded generics; `never[]` accepts them, and the calls below
  // name the one overload used.
  addContentTypeParser: (...args: never[]) => unknown;
  route: (...args: never[]) => unknown;
  supportedMethods?: string[];
}
type AddParser = (
  contentType: string,
  parser: (request: unknown, payload: unknown, done: (error: null) => void) => void,
) => unknown;
type AddRoute = (options: {
  method: string[];
  url: string;
  handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<unknown>;
}) => unknown;

const METHODS = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT", "OPTIONS"];

/**
 * A Fastify plugin that makes one route a Lucca webhook receiver. Inside the plugin's own scope
 * the body parsers are replaced by one that leaves the stream unread, so the handler reads the raw
 * bytes the signature covers (within its own size and time limits); every method is routed, so
 * anything but the activation GET and a POST gets 405, never Fastify's 404, which would make Lucca
 * suspend the endpoint.
 *
 * @example
 * import Fastify from "fastify";
 * import { createWebhookHandler } from "@lucca-events/2024-11-01";
 * import { luccaWebhooks } from "@lucca-events/core/fastify";
 *
 * const app = Fastify();
 * await app.register(luccaWebhooks, { prefix: "/webhooks/lucca", handler: createWebhookHandler({ secret, on }) });
 */
export async function luccaWebhooks(
  fastify: FastifyLike,
  options: LuccaWebhooksOptions,
): Promise<void> {
  const port = deliveryPortOf(options?.handler);
  if (port === undefined) {
    throw new ConfigurationError(
      "luccaWebhooks needs { handler } from a version's createWebhookHandler().",
    );
  }
  // Encapsulated: the parent's parsers (and other routes' bodies) are untouched.
  fastify.removeAllContentTypeParsers();
  const addParser = fastify.addContentTypeParser.bind(fastify) as AddParser;
  addParser("*", (_request, _payload, done) => done(null));
  const route = fastify.route.bind(fastify) as AddRoute;
  route({
    method: (fastify.supportedMethods ?? METHODS).filter((m) => m !== "CONNECT"),
    url: options.path ?? "/",
    async handler(request, reply) {
      const req = request.raw;
      const answer = await port.handle({
        method: req.method ?? "GET",
        url: requestUrl(req),
        headers: req.headers,
        params: isParams(request.params) ? request.params : undefined,
        readBody: (limits) => readNodeBody(req, limits),
      });
      const headers = answer.close ? { ...answer.headers, connection: "close" } : answer.headers;
      return reply.code(answer.status).headers(headers).send(answer.body);
    },
  });
}

function isParams(value: unknown): value is Record<string, string | undefined> {
  return typeof value === "object" && value !== null;
}
