import type { ParseWebhookOptions } from "../delivery/parse-options.js";
import type { InvalidEventReason } from "../delivery/parse-webhook.js";
import type { ValidationIssue } from "../errors/lucca-events-errors.js";
import type { SecretInput } from "../signature/signature-options.js";
import type { DeliveryRequest } from "./delivery-port.js";
import type { InboxReceiver } from "./inbox-port.js";
import type { WebhookLogger } from "./safe-logger.js";

/** 2.5 s: Lucca gives up after 3 s ("Receive events" page), so answer before it does. */
export const DEFAULT_HANDLER_TIMEOUT_MS = 2_500;

/** The request as the secret resolver and topic handlers see it. */
export type DeliveryRequestInfo = Pick<DeliveryRequest, "method" | "url" | "headers"> & {
  /** Path parameters from the host's router, `{}` when it has none. */
  params: Readonly<Record<string, string | undefined>>;
};

/** One Lucca customer of a multi-tenant receiver: its endpoint secret and its Lucca URL. */
export interface TenantDescriptor {
  /** This tenant's endpoint secret (or secrets, during a rotation). */
  secret: SecretInput;
  /**
   * The tenant's Lucca URL (`https://acme.ilucca.net`): a verified event whose `source` differs is
   * answered 401, so one tenant's secret never vouches for another tenant's events.
   */
  source?: string;
  /** Anything else the topic handlers need (a database id, a name). */
  [key: string]: unknown;
}

/**
 * Finds the secret for a request: from its path (`/webhooks/:tenant`), a header or the URL. It may
 * return the secret, a {@link TenantDescriptor}, or `undefined` for an unknown tenant (401); sync
 * or async. It runs once per delivery and nothing is cached across deliveries.
 */
export type SecretResolver = (
  request: DeliveryRequestInfo,
) =>
  SecretInput | TenantDescriptor | undefined | Promise<SecretInput | TenantDescriptor | undefined>;

/** The second argument of every topic handler and hook. */
export interface DeliveryContext {
  /** Fires at the handler deadline (`handlerTimeoutMs`): stop, the delivery was answered 503. */
  signal: AbortSignal;
  /** The tenant the secret resolver returned, when it returned a descriptor. */
  tenant: TenantDescriptor | undefined;
  /** The request the event came with. */
  request: DeliveryRequestInfo;
  /**
   * Runs `promise` after the response: on the host's `waitUntil` when it has one (Workers, Vercel,
   * Next.js `after`), else in the background; a rejection is logged either way.
   */
  waitUntil(promise: Promise<unknown>): void;
}

/** One optional function per topic; each receives that topic's event type and the context. */
export type WebhookTopicHandlers<M> = {
  [T in keyof M]?: (event: M[T], context: DeliveryContext) => unknown;
};

/** Options every handler takes, whichever way it processes events. */
export interface CommonHandlerOptions<M, U> extends Omit<ParseWebhookOptions, "secret"> {
  /** The endpoint secret (or a rotation list), or a function finding it per request. */
  secret: SecretInput | SecretResolver;
  /** A verified event whose topic this version does not know; answered 202 either way. */
  onUnknownTopic?: (event: U, context: DeliveryContext) => unknown;
  /** A verified delivery that fails validation; with this hook it is answered 202, without it 400. */
  onInvalidEvent?: (
    rawEvent: unknown,
    issues: ValidationIssue[],
    reason: InvalidEventReason,
    context: DeliveryContext,
  ) => unknown;
  /** A topic handler or hook threw (answered 500). May throw itself: that is logged, not rethrown. */
  onError?: (error: unknown, event?: M[keyof M] | U) => unknown;
  /** Default `console`. A logger that throws is ignored. */
  logger?: WebhookLogger;
  /**
   * Milliseconds from the request's arrival to the topic handler's deadline (default 2500): then
   * its `signal` fires and the delivery is answered 503, so that Lucca retries.
   */
  handlerTimeoutMs?: number;
}

/** Options of a version's `createWebhookHandler`: topic handlers (`on`) or a durable `inbox`. */
export type WebhookHandlerOptions<M, U> = CommonHandlerOptions<M, U> &
  (
    | {
        /** One handler per topic, given the event typed for that topic; a topic without one gets 202. */
        on: WebhookTopicHandlers<M>;
        inbox?: undefined;
      }
    | {
        /**
         * Stores every authentic delivery (valid or not) before answering 202, as Lucca's "Receive
         * events" page advises; a rejection is answered 503. Events are processed from the inbox.
         */
        inbox: InboxReceiver;
        on?: undefined;
      }
  );

/** The second and third arguments a Fetch host may pass: `(request, context)` or `(request, env, ctx)`. */
export interface HostContext {
  /** Workers' `ctx.waitUntil`, Vercel's `waitUntil`, Next.js `after`. */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** Path parameters, when the host's router has them (a promise of them in Next.js 15). */
  params?:
    | Readonly<Record<string, string | undefined>>
    | PromiseLike<Readonly<Record<string, string | undefined>>>;
}
