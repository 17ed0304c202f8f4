import { sleep } from "./abortable-wait.js";
import { RETRIED_STATUSES, retryDelayMs, type RetryPolicy } from "./retry-policy.js";

/**
 * Wraps `fetch` so that 429 and 503 answers are retried after `Retry-After` or a jittered
 * backoff, at most `maxAttempts` tries and never scheduled past `maxElapsedMs`. The last answer
 * is returned as it is when retries run out, so the caller reports the real status. Waits end
 * early, with the abort reason, when the request's signal aborts.
 */
export function createRetryingFetch(
  fetch: (request: Request) => Promise<Response>,
  policy: RetryPolicy,
  now: () => number = Date.now,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = now();
    const operation = `${request.method} ${new URL(request.url).pathname}`;
    for (let attempt = 1; ; attempt++) {
      // A Request body can be read once: each try sends a fresh copy.
      const response = await fetch(request.clone());
      if (!RETRIED_STATUSES.has(response.status) || attempt >= policy.maxAttempts) return response;
      const delayMs = retryDelayMs(attempt, response.headers.get("retry-after"), policy, now());
      if (delayMs === undefined || now() + delayMs - started > policy.maxElapsedMs) return response;
      await response.body?.cancel();
      policy.onRetry?.({ attempt, status: response.status, delayMs, operation });
      await sleep(delayMs, request.signal);
    }
  };
}
