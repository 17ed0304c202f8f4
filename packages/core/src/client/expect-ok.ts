import { LuccaApiError } from "./lucca-api-error.js";

/** What an openapi-fetch call resolves to, as far as the client helpers read it. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The `data` of a successful call, or a {@link LuccaApiError} carrying the status and body of a
 * failed one (after the client's own 401 and 429/503 retries).
 */
export function expectOk<T>(result: FetchResult<T>, operation: string): T {
  if (result.error === undefined && result.response.ok) return result.data as T;
  const body =
    result.error === undefined
      ? ""
      : typeof result.error === "string"
        ? result.error
        : JSON.stringify(result.error);
  throw new LuccaApiError(operation, result.response.status, body);
}
