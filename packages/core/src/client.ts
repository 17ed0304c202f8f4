/**
 * @module
 * The runtime of the Lucca API clients: token cache with single-flight renewal, `Api-Version`
 * header, 401 renew-and-retry, 429/503 retries, cursor pagination. Version packages bind it to
 * their `paths` as `@lucca-events/<version>/client`; use it directly with any HTTP client.
 *
 * @example
 * import { createLuccaFetch, paginate } from "@lucca-events/core/client";
 *
 * const fetch = createLuccaFetch({ clientId, clientSecret, apiVersion: "2024-11-01" });
 * const response = await fetch(new Request("https://example.ilucca.net/lucca-api/webhook-endpoints"));
 */
export { raceAbort, sleep } from "./client/abortable-wait.js";
export { API_VERSION_HEADER, createLuccaFetch } from "./client/lucca-fetch.js";
export type { LuccaClientOptions } from "./client/lucca-fetch.js";
export { expectOk } from "./client/expect-ok.js";
export type { FetchResult } from "./client/expect-ok.js";
export { LuccaApiError } from "./client/lucca-api-error.js";
export { nextPageCursor, paginate } from "./client/pagination.js";
export type { CollectionPage, PageNotice } from "./client/pagination.js";
export type { PolledEvent } from "./client/polled-event.js";
export {
  parseRetryAfter,
  RETRIED_STATUSES,
  retryDelayMs,
  retryPolicy,
} from "./client/retry-policy.js";
export type { RetryNotice, RetryOptions, RetryPolicy } from "./client/retry-policy.js";
export { createRetryingFetch } from "./client/retrying-fetch.js";
export { createTokenSource, DEFAULT_TOKEN_URL } from "./client/token-source.js";
export type { TokenSource, TokenSourceOptions } from "./client/token-source.js";
