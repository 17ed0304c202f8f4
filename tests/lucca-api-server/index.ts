/**
 * @module
 * A local server that behaves like Lucca's API for one tenant, for tests: the token endpoint,
 * the webhook-endpoint paths and the events list/get of `spec/<version>/openapi.yaml`, with
 * cursor pagination, expiring tokens and injected 429/503 answers. Every request is checked
 * against the spec and recorded. See README.md in this folder.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { collectionPage } from "./collections.js";
import { createSpecCheck } from "./spec-check.js";
import { answerTokenRequest, TokenStore } from "./token-endpoint.js";

/** An answer forced on some requests, e.g. a 429 with `Retry-After`, or a burst of 503. */
export interface Fault {
  /** `METHOD path-template`, e.g. `GET /lucca-api/events`; or `token` for the token endpoint. */
  operation: string;
  /** The ordinal (from 1) of the request to that operation that gets the fault first. */
  at: number;
  /** How many consecutive requests to it get the fault; default 1. */
  times?: number;
  status: number;
  /** The `Retry-After` header value, if any. */
  retryAfter?: string;
}

/** What {@link startLuccaApiServer} serves. */
export interface LuccaApiServerOptions {
  /** Listed by `GET /lucca-api/events`, in order; may be invalid or of unknown topics. */
  events?: unknown[];
  /** Delivery status of events by id, for `?status=`; default `delivered`. */
  deliveryStatuses?: Record<string, "scheduled" | "delivered" | "failed">;
  /** Page size when the request has no `limit`; default 25. */
  defaultLimit?: number;
  /** Default `test-client-id` / `test-client-secret`. */
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens, in seconds, enforced by the server; default 1800. */
  tokenExpiresIn?: number;
  /** API calls a token serves before the server refuses it with 401 (expiry mid-run); default ∞. */
  tokenMaxUses?: number;
  faults?: Fault[];
  /** The spec requests are checked against; default `2024-11-01`. */
  apiVersion?: string;
}

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  /** `METHOD path-template` (`token` for the token endpoint), or the raw path when unmatched. */
  operation: string;
  url: URL;
  headers: Headers;
  body: string;
  /** Where it breaks the spec; a request with problems is answered 400. */
  problems: string[];
  status: number;
}

/** A running server. */
export interface LuccaApiServer {
  /** The tenant base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The token endpoint's URL. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Every problem of every request, prefixed with its operation; `[]` when all conformed. */
  problems(): string[];
  /** Tokens issued so far. */
  tokensIssued(): number;
  /** A fresh access token, asked for over HTTP like a client would, for hand-made requests. */
  accessToken(): Promise<string>;
  /** Lists more events, as if they had just happened. */
  addEvents(...events: unknown[]): void;
  /** The webhook endpoints currently declared, by id. */
  endpoints: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Starts the server on a free loopback port.
 *
 * @example
 * const lucca = await startLuccaApiServer({ events: [createTestEvent("employee.created")] });
 * const client = createLuccaClient({ baseUrl: lucca.url, tokenUrl: lucca.tokenUrl, clientId: lucca.clientId, clientSecret: lucca.clientSecret });
 * await lucca.close();
 */
export async function startLuccaApiServer(
  options: LuccaApiServerOptions = {},
): Promise<LuccaApiServer> {
  const apiVersion = options.apiVersion ?? "2024-11-01";
  const check = createSpecCheck(new URL(`../../spec/${apiVersion}/openapi.yaml`, import.meta.url));
  const client = {
    clientId: options.clientId ?? "test-client-id",
    clientSecret: options.clientSecret ?? "test-client-secret",
  };
  const tokens = new TokenStore(options.tokenExpiresIn ?? 1800, options.tokenMaxUses ?? Infinity);
  const events = [...(options.events ?? [])];
  const endpoints = new Map<string, Record<string, unknown>>();
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const defaultLimit = options.defaultLimit ?? 25;

  const server = createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", base);
    const headers = toHeaders(incoming);
    const body = await readBody(incoming);
    const record: RecordedRequest = {
      method: incoming.method ?? "GET",
      operation: url.pathname,
      url,
      headers,
      body,
      problems: [],
      status: 0,
    };
    requests.push(record);
    const answer = (status: number, json?: unknown, extra: Record<string, string> = {}) => {
      record.status = status;
      const text = json === undefined ? "" : JSON.stringify(json);
      outgoing.writeHead(status, {
        ...(json === undefined ? {} : { "content-type": "application/json" }),
        ...extra,
      });
      outgoing.end(text);
    };
    const fault = (operation: string) => {
      const count = (counts.get(operation) ?? 0) + 1;
      counts.set(operation, count);
      return options.faults?.find(
        (f) => f.operation === operation && count >= f.at && count < f.at + (f.times ?? 1),
      );
    };
    if (url.pathname === "/connect/token") {
      record.operation = "token";
      const forced = fault("token");
      if (forced)
        return answer(forced.status, { error: "temporarily_unavailable" }, retryAfter(forced));
      const result = answerTokenRequest({ method: record.method, headers, body }, client, tokens);
      record.problems = result.problems;
      return answer(result.status, result.body);
    }
    const checked = check({
      method: record.method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
    });
    const operationId = checked.operation?.operationId;
    record.operation =
      operationId === undefined
        ? `${record.method} ${url.pathname}`
        : templateOf(record.method, operationId);
    record.problems = checked.problems;
    if (
      !/^Bearer /.test(headers.get("authorization") ?? "") ||
      !tokens.use(headers.get("authorization"))
    ) {
      return answer(401, { error: "invalid_token" });
    }
    if (checked.problems.length > 0) return answer(400, { problems: checked.problems });
    const forced = fault(record.operation);
    if (forced) return answer(forced.status, { error: "try again later" }, retryAfter(forced));
    const id = checked.operation?.pathParams.id;
    switch (operationId) {
      case "listEvents": {
        const status = url.searchParams.get("status");
        const statusOf = (e: unknown) =>
          options.deliveryStatuses?.[(e as { id?: string }).id ?? ""] ?? "delivered";
        const listed = status === null ? events : events.filter((e) => statusOf(e) === status);
        const page = collectionPage(listed, url, "events", defaultLimit);
        return page ? answer(200, page) : answer(400, { error: "unknown page cursor" });
      }
      case "getEvent": {
        const event = events.find((e) => (e as { id?: unknown }).id === id);
        return event === undefined ? answer(404, { error: "not found" }) : answer(200, event);
      }
      case "listWebhookEndpoints": {
        const page = collectionPage(
          [...endpoints.values()],
          url,
          "webhook-endpoints",
          defaultLimit,
        );
        return page ? answer(200, page) : answer(400, { error: "unknown page cursor" });
      }
      case "createWebhookEndpoint": {
        const created = createEndpoint(
          JSON.parse(body) as Record<string, unknown>,
          base,
          endpoints.size + 1,
        );
        endpoints.set(created.id, created);
        return answer(201, { ...created, secret: randomBytes(48).toString("base64url") });
      }
      case "getWebhookEndpoint":
        return endpoints.has(id!)
          ? answer(200, endpoints.get(id!))
          : answer(404, { error: "not found" });
      case "deleteWebhookEndpoint":
        return endpoints.delete(id!) ? answer(204) : answer(404, { error: "not found" });
      default:
        return answer(501, { error: `${operationId} is not served by the test server` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    tokenUrl: `${base}/connect/token`,
    ...client,
    requests,
    problems: () => requests.flatMap((r) => r.problems.map((p) => `${r.operation}: ${p}`)),
    tokensIssued: () => tokens.issued,
    accessToken: async () => {
      const form = {
        grant_type: "client_credentials",
        client_id: client.clientId,
        client_secret: client.clientSecret,
      };
      const response = await fetch(`${base}/connect/token`, {
        method: "POST",
        body: new URLSearchParams(form),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    },
    addEvents: (...more) => void events.push(...more),
    endpoints,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const TEMPLATES: Record<string, string> = {
  listEvents: "/lucca-api/events",
  getEvent: "/lucca-api/events/{id}",
  listWebhookEndpoints: "/lucca-api/webhook-endpoints",
  createWebhookEndpoint: "/lucca-api/webhook-endpoints",
  getWebhookEndpoint: "/lucca-api/webhook-endpoints/{id}",
  deleteWebhookEndpoint: "/lucca-api/webhook-endpoints/{id}",
};

function templateOf(method: string, operationId: string): string {
  return `${method} ${TEMPLATES[operationId] ?? operationId}`;
}

function retryAfter(fault: Fault): Record<string, string> {
  return fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter };
}

function createEndpoint(input: Record<string, unknown>, base: string, n: number) {
  const id = String(1000 + n);
  return {
    id,
    type: "webhook-endpoint",
    url: `${base}/lucca-api/webhook-endpoints/${id}`,
    name: input.name,
    apiVersion: input.apiVersion,
    webhookUrl: input.webhookUrl,
    topics: input.topics,
    businessEstablishments: input.businessEstablishments ?? null,
    status: "inactive",
    contentType: input.contentType ?? "default",
    createdAt: "2026-01-01T00:00:00.0000Z",
    lastUpdatedAt: "2026-01-01T00:00:00.0000Z",
    links: {},
  } as Record<string, unknown> & { id: string };
}

function toHeaders(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
