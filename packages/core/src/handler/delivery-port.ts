import type { HeaderSource } from "../delivery/header-lookup.js";
import type { OutcomeResponse } from "../delivery/outcomes.js";
import type { ReadBodyResult } from "../delivery/read-body.js";

/** One delivery as any host sees it, without building a Fetch `Request`. */
export interface DeliveryRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The full request URL (scheme, host, path and query). */
  url: string;
  /** The request headers. */
  headers: HeaderSource;
  /** Path parameters the host's router extracted (`/webhooks/:tenant`), when it has a router. */
  params?: Readonly<Record<string, string | undefined>>;
  /**
   * Reads the raw body within the handler's limits; called at most once, and only for a POST. A
   * body already in hand may be returned as it is, without a promise.
   */
  readBody(limits: {
    maxBytes: number;
    timeoutMs: number;
  }): ReadBodyResult | Promise<ReadBodyResult>;
  /** Schedules work to finish after the response (Workers' `ctx.waitUntil`, Vercel's `waitUntil`). */
  waitUntil?: (promise: Promise<unknown>) => void;
}

/** What a webhook handler offers host adapters besides its Fetch face. */
export interface DeliveryPort {
  /**
   * Answers one delivery; never throws, and its promise (when the answer needed one) always
   * resolves. A delivery that waited on nothing is answered synchronously.
   */
  handle(delivery: DeliveryRequest): OutcomeResponse | Promise<OutcomeResponse>;
  /** The handler's `maxBodyBytes`, which adapters share rather than keep their own. */
  readonly maxBodyBytes: number;
}

/** Where a webhook handler keeps its {@link DeliveryPort}; shared by every copy of core. */
export const DELIVERY_PORT: unique symbol = Symbol.for("@lucca-events/core.delivery-port");

/** The port of a handler built by `createWebhookHandler`, or `undefined` for any other function. */
export function deliveryPortOf(handler: unknown): DeliveryPort | undefined {
  if (typeof handler !== "function") return undefined;
  const port: unknown = (handler as { [DELIVERY_PORT]?: unknown })[DELIVERY_PORT];
  return typeof port === "object" && port !== null ? (port as DeliveryPort) : undefined;
}
