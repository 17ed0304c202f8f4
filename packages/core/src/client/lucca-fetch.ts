import { retryPolicy, type RetryOptions } from "./retry-policy.js";
import { createRetryingFetch } from "./retrying-fetch.js";
import { createTokenSource } from "./token-source.js";

/** The header Lucca requires on every API call (Lucca API documentation, "Versioning"). */
export const API_VERSION_HEADER = "Api-Version";

/** What a Lucca API client needs; every version package's `createLuccaClient` takes these. */
export interface LuccaClientOptions {
  /** The tenant's URL, e.g. `https://example.ilucca.net`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Scopes to ask for, e.g. `["webhook-endpoints.readwrite"]`; default: all granted ones. */
  scopes?: readonly string[];
  /** Token endpoint; default Lucca's global one ({@link DEFAULT_TOKEN_URL}). */
  tokenUrl?: string;
  /** The fetch to send requests with; default `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Retries of 429 and 503 answers. */
  retry?: RetryOptions;
}

/**
 * A `fetch` for Lucca's API: adds `Authorization: Bearer` from a cached token and the
 * `Api-Version` header, renews the token once and retries when a call answers 401, and retries
 * 429/503 (the token request too). Hand it to any HTTP client, e.g. openapi-fetch's `fetch`.
 *
 * @example
 * const fetch = createLuccaFetch({ ...credentials, apiVersion: "2024-11-01" });
 * const response = await fetch(new Request(`${baseUrl}/lucca-api/webhook-endpoints`));
 */
export function createLuccaFetch(
  options: Omit<LuccaClientOptions, "baseUrl"> & { apiVersion: string },
): (request: Request) => Promise<Response> {
  const base = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const policy = retryPolicy(options.retry);
  const tokens = createTokenSource({ ...options, fetch: createRetryingFetch(base, policy) });

  async function authorized(request: Request): Promise<{ token: string; response: Response }> {
    const token = await tokens.token(request.signal);
    const headers = new Headers(request.headers);
    headers.set("authorization", `Bearer ${token}`);
    headers.set(API_VERSION_HEADER, options.apiVersion);
    return { token, response: await base(new Request(request, { headers })) };
  }

  // Each retry of a 429/503 asks for the token again: a long Retry-After may outlive it.
  return createRetryingFetch(async (request) => {
    // The first try consumes a copy; the original stays readable for the one retry after a 401.
    const first = await authorized(request.clone());
    if (first.response.status !== 401) return first.response;
    await first.response.body?.cancel();
    tokens.invalidate(first.token);
    return (await authorized(request)).response;
  }, policy);
}
