import { packageName } from "../model/naming.js";

/**
 * The `client` entry point: `createLuccaClient`, core's client runtime (token, `Api-Version`,
 * retries, pagination) bound to this version's `paths`, topics and `validateEvent` through
 * openapi-fetch. Only this entry imports openapi-fetch, so receivers never load it.
 */
export function emitClient(apiVersion: string): string {
  const name = packageName(apiVersion);
  return `/**
 * @module
 * A typed client for Lucca's API version ${apiVersion}: webhook endpoints and the events list,
 * with tokens, \`Api-Version\`, retries and pagination handled.
 *
 * @example
 * import { createLuccaClient } from "${name}/client";
 *
 * const lucca = createLuccaClient({ baseUrl: "https://example.ilucca.net", clientId, clientSecret });
 * for await (const polled of lucca.events({ status: "failed" })) if (polled.ok) console.log(polled.event.topic);
 */
import createClient, { type Client } from "openapi-fetch";
import {
  createLuccaFetch,
  expectOk,
  paginate,
  type LuccaClientOptions,
  type PageNotice,
  type PolledEvent,
} from "@lucca-events/core/client";
import { API_VERSION, type LuccaEvent, type LuccaEventTopic, type UnknownLuccaEvent } from "./events.js";
import type { components, paths } from "./openapi.js";
import { validateEvent } from "./validate-event.js";

export { DEFAULT_TOKEN_URL, LuccaApiError } from "@lucca-events/core/client";
export type { LuccaClientOptions, PageNotice, RetryNotice, RetryOptions } from "@lucca-events/core/client";

/** A webhook endpoint as Lucca returns it (without its secret). */
export type WebhookEndpoint = components["schemas"]["WebhookEndpoint"];
/** The answer to a creation: the endpoint and its signing \`secret\`, returned this one time only. */
export type CreatedWebhookEndpoint = components["schemas"]["WebhookEndpointCreated"];
/** The delivery status \`events()\` can filter on. */
export type EventStatus = components["parameters"]["EventStatus"];
/** One listed event, validated: \`ok\` with a typed \`event\`, an unknown topic, or invalid; \`raw\` always. */
export type LuccaPolledEvent = PolledEvent<LuccaEvent, UnknownLuccaEvent>;

/** What {@link LuccaClient.createWebhookEndpoint} sends. */
export interface CreateWebhookEndpointInput
  extends Omit<components["schemas"]["WebhookEndpointCreateRequest"], "topics" | "apiVersion"> {
  /** Topics of this version; a typo such as \`"employee.craeted"\` does not compile. */
  topics: readonly LuccaEventTopic[];
  /**
   * Escape hatch for topics newer than this package: sent as they are, unchecked, after \`topics\`.
   * Their events reach you as \`UnknownLuccaEvent\`.
   */
  extraTopics?: readonly string[];
  /** The version pinned for the events' \`data\`; default ${JSON.stringify(apiVersion)}, this package's. */
  apiVersion?: string;
}

/** Options every helper accepts. */
export interface CallOptions {
  /** Aborts the call, its retries and their waits. */
  signal?: AbortSignal;
}

/** Options of {@link LuccaClient.events}. */
export interface EventsOptions extends CallOptions {
  /** Only events whose delivery has this status. */
  status?: EventStatus;
  /** Page size (Lucca's maximum is usually 100). */
  limit?: number;
  /** Called after each page, e.g. to show progress. */
  onPage?: (notice: PageNotice) => void;
}

/** The client {@link createLuccaClient} returns. */
export interface LuccaClient {
  /**
   * The typed openapi-fetch client, for calls the helpers do not cover; tokens, \`Api-Version\` and
   * retries apply. Typed for \`application/json\` answers, the representation the helpers ask for.
   */
  readonly api: Client<paths, "application/json">;
  /** Creates an endpoint; the answer's \`secret\` is the only copy Lucca ever gives. */
  createWebhookEndpoint(
    input: CreateWebhookEndpointInput,
    options?: CallOptions,
  ): Promise<CreatedWebhookEndpoint>;
  /** Every webhook endpoint, all pages read. */
  listWebhookEndpoints(options?: CallOptions): Promise<WebhookEndpoint[]>;
  /** Deletes an endpoint. */
  deleteWebhookEndpoint(id: string, options?: CallOptions): Promise<void>;
  /** Every listed event, page after page, each validated; invalid ones are yielded too. */
  events(options?: EventsOptions): AsyncGenerator<LuccaPolledEvent, void, undefined>;
  /** One event by id, validated. */
  getEvent(id: string, options?: CallOptions): Promise<LuccaPolledEvent>;
}

/**
 * Creates a client for one tenant. Tokens come from \`tokenUrl\` (Lucca's global endpoint by
 * default) and are cached and renewed; 401 renews once, 429 and 503 are retried.
 *
 * @example
 * const lucca = createLuccaClient({ baseUrl, clientId, clientSecret, scopes: ["webhook-endpoints.readwrite"] });
 * const { id, secret } = await lucca.createWebhookEndpoint({ name: "HR sync", webhookUrl, topics: ["employee.created"] });
 */
export function createLuccaClient(options: LuccaClientOptions): LuccaClient {
  const api = createClient<paths, "application/json">({
    baseUrl: options.baseUrl.replace(/\\/+$/, ""),
    fetch: createLuccaFetch({ ...options, apiVersion: API_VERSION }),
  });
  const listEndpointsPage = async (page: string | undefined, signal?: AbortSignal) =>
    expectOk(
      await api.GET("/lucca-api/webhook-endpoints", {
        params: { query: { include: ["links"], ...(page === undefined ? {} : { page }) } },
        signal,
      }),
      "GET /lucca-api/webhook-endpoints",
    );
  return {
    api,
    async createWebhookEndpoint({ topics, extraTopics = [], apiVersion = API_VERSION, ...rest }, { signal } = {}) {
      const body = { ...rest, apiVersion, topics: [...topics, ...extraTopics] };
      return expectOk(
        await api.POST("/lucca-api/webhook-endpoints", { body, signal }),
        "POST /lucca-api/webhook-endpoints",
      );
    },
    async listWebhookEndpoints({ signal } = {}) {
      const endpoints: WebhookEndpoint[] = [];
      for await (const endpoint of paginate((page) => listEndpointsPage(page, signal))) endpoints.push(endpoint);
      return endpoints;
    },
    async deleteWebhookEndpoint(id, { signal } = {}) {
      expectOk(
        await api.DELETE("/lucca-api/webhook-endpoints/{id}", { params: { path: { id } }, signal, parseAs: "text" }),
        "DELETE /lucca-api/webhook-endpoints/{id}",
      );
    },
    async *events({ status, limit, onPage, signal } = {}) {
      const fetchPage = async (page: string | undefined) =>
        expectOk(
          await api.GET("/lucca-api/events", {
            params: {
              query: {
                include: ["links"],
                ...(status === undefined ? {} : { status }),
                ...(limit === undefined ? {} : { limit }),
                ...(page === undefined ? {} : { page }),
              },
            },
            headers: { accept: "application/json" },
            signal,
          }),
          "GET /lucca-api/events",
        );
      for await (const raw of paginate(fetchPage, onPage)) yield { ...validateEvent(raw), raw };
    },
    async getEvent(id, { signal } = {}) {
      const raw: unknown = expectOk(
        await api.GET("/lucca-api/events/{id}", {
          params: { path: { id } },
          headers: { accept: "application/json" },
          signal,
        }),
        "GET /lucca-api/events/{id}",
      );
      return { ...validateEvent(raw), raw };
    },
  };
}
`;
}
