import { outcomeResponse, toFetchResponse, type OutcomeResponse } from "../delivery/outcomes.js";
import { readDeliveryOptions, positiveInteger } from "../delivery/parse-options.js";
import { DELIVERY_PIPELINE, type ParseWebhook } from "../delivery/parse-webhook.js";
import { readRequestBody } from "../delivery/read-body.js";
import { ConfigurationError } from "../errors/lucca-events-errors.js";
import { readClock, readToleranceMs } from "../signature/signature-options.js";
import { DEFAULT_TOLERANCE_SECONDS } from "../signature/verify-signature.js";
import { challengeResponse, readChallenge } from "./activation-challenge.js";
import { DELIVERY_PORT, type DeliveryPort, type DeliveryRequest } from "./delivery-port.js";
import { createDeliveryFlow } from "./delivery-flow.js";
import {
  DEFAULT_HANDLER_TIMEOUT_MS,
  type HostContext,
  type WebhookHandlerOptions,
} from "./handler-options.js";
import { tenantResolver } from "./resolve-tenant.js";
import { safeLogger } from "./safe-logger.js";

export type {
  CommonHandlerOptions,
  DeliveryContext,
  DeliveryRequestInfo,
  HostContext,
  SecretResolver,
  TenantDescriptor,
  WebhookHandlerOptions,
  WebhookTopicHandlers,
} from "./handler-options.js";
export type { InvalidEventReason } from "../delivery/parse-webhook.js";
export type { WebhookLogger } from "./safe-logger.js";

/**
 * A Fetch handler: mount it in Hono, Workers, Deno, Bun, Next.js, or Node via `toNodeListener`.
 * It always resolves to a Response, whatever the delivery, the hooks or the logger do.
 */
export type WebhookHandler = ((
  request: Request,
  context?: HostContext | object,
  ctx?: HostContext | object,
) => Promise<Response>) & {
  /** The host-neutral face adapters use, so that Node never builds a Fetch `Request`. */
  readonly [DELIVERY_PORT]?: DeliveryPort;
};

/** What a version passes besides `parseWebhook`. */
export interface WebhookHandlerFactoryOptions {
  /** Applied to every event or payload the handler logs (drop personal data). */
  redact?: (event: unknown) => unknown;
}

/**
 * Builds a version's `createWebhookHandler` from its `parseWebhook`. `M` maps each topic to its
 * event type (an interface works: the constraint is mapped rather than `Record<string, …>`).
 */
export function createWebhookHandlerFactory<M extends { [T in keyof M]: { topic: string } }, U>(
  parseWebhook: ParseWebhook<M[keyof M], U>,
  factoryOptions: WebhookHandlerFactoryOptions = {},
) {
  const pipeline = parseWebhook[DELIVERY_PIPELINE];
  if (pipeline === undefined) {
    throw new ConfigurationError(
      "createWebhookHandlerFactory() needs a parseWebhook built by createParseWebhook().",
    );
  }
  /**
   * Answers Lucca's activation GET, then verifies, validates and dispatches each POSTed event.
   *
   * @example
   * const handler = createWebhookHandler({
   *   secret: env.LUCCA_WEBHOOK_SECRET,
   *   on: { "employee.created": async (event) => queue.send(event.data.id) },
   * });
   * export default { fetch: handler };
   */
  return function createWebhookHandler(options: WebhookHandlerOptions<M, U>): WebhookHandler {
    if (typeof options !== "object" || options === null) {
      throw new ConfigurationError(
        "createWebhookHandler() needs an options object with the endpoint secret.",
      );
    }
    // Every option is read and checked here, once: deliveries only use the result.
    const logger = safeLogger(options.logger ?? console);
    const signatureBase = {
      toleranceMs: readToleranceMs(options.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS),
      clock: readClock(options.now),
    };
    const config = readDeliveryOptions(options);
    const handlerTimeoutMs = positiveInteger(
      options.handlerTimeoutMs,
      DEFAULT_HANDLER_TIMEOUT_MS,
      "handlerTimeoutMs",
    );
    const resolveTenant = tenantResolver(options.secret, signatureBase);
    const flow = createDeliveryFlow<M, U>({
      options,
      pipeline,
      config,
      handlerTimeoutMs,
      resolveTenant,
      logger,
      redact: factoryOptions.redact,
    });

    function handle(delivery: DeliveryRequest): OutcomeResponse | Promise<OutcomeResponse> {
      try {
        if (delivery.method === "GET") {
          const challenge = readChallenge(delivery.url);
          if (challenge !== undefined) return challengeResponse(challenge);
        }
        if (delivery.method !== "POST") return outcomeResponse("method_not_allowed");
        const answer = flow(delivery);
        return answer instanceof Promise ? answer.catch(failed) : answer;
      } catch (error) {
        return failed(error);
      }
    }

    function failed(error: unknown): OutcomeResponse {
      if (error instanceof ConfigurationError) {
        logger.error(`Lucca webhook: configuration error: ${error.message}`);
        return outcomeResponse("configuration_error", { message: error.message });
      }
      logger.error("Lucca webhook: the handler failed", error);
      return outcomeResponse("internal_error");
    }

    const port: DeliveryPort = { handle, maxBodyBytes: config.maxBodyBytes };
    async function handleWebhook(
      request: Request,
      context?: HostContext | object,
      ctx?: HostContext | object,
    ): Promise<Response> {
      // Hono and most Fetch hosts pass no context at all: nothing to look through then.
      const found =
        context === undefined && ctx === undefined ? NO_HOST : hostContext([context, ctx]);
      const host = found instanceof Promise ? await found : found;
      const answer = await handle({
        method: request.method,
        url: request.url,
        headers: request.headers,
        params: host.params,
        waitUntil: host.waitUntil,
        // Not async: a throw here is caught by handle() like any other, and a promise is saved.
        readBody: (limits) => {
          if (request.bodyUsed) {
            throw new ConfigurationError(
              "the webhook handler needs an unread Request: its body was already read. Mount it " +
                "before any middleware that reads or parses the body.",
            );
          }
          // No clone: the handler is the body's only reader, and an unread clone makes Deno warn.
          return readRequestBody(request, limits);
        },
      });
      return toFetchResponse(answer);
    }
    return Object.assign(handleWebhook, { [DELIVERY_PORT]: port });
  };
}

// `(request, { waitUntil, params })`, or Workers' `(request, env, ctx)`: take what fits. Next.js
// 15 passes `params` as a promise: only then is there anything to wait for.
function hostContext(
  candidates: readonly unknown[],
  host: ResolvedHost = {},
  from = 0,
): ResolvedHost | Promise<ResolvedHost> {
  for (let index = from; index < candidates.length; index++) {
    const candidate = candidates[index];
    if (typeof candidate !== "object" || candidate === null) continue;
    const { waitUntil, params } = candidate as HostContext;
    if (host.waitUntil === undefined && typeof waitUntil === "function") {
      host.waitUntil = waitUntil.bind(candidate);
    }
    if (host.params === undefined && typeof params === "object" && params !== null) {
      if (!isThenable(params)) {
        host.params = params;
        continue;
      }
      // A rejected params promise only means no parameters: the handler must still answer.
      return Promise.resolve(params)
        .catch(() => undefined)
        .then((resolved: unknown) => {
          if (typeof resolved === "object" && resolved !== null) {
            host.params = resolved as ResolvedHost["params"];
          }
          return hostContext(candidates, host, index + 1);
        });
    }
  }
  return host;
}

const NO_HOST: ResolvedHost = /* @__PURE__ */ Object.freeze({});

interface ResolvedHost {
  waitUntil?: (promise: Promise<unknown>) => void;
  params?: Readonly<Record<string, string | undefined>>;
}

function isThenable(value: object): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown }).then === "function";
}
