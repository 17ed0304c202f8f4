/** How the client retries answers that say "try again later" (429 and 503). */
export interface RetryOptions {
  /** Total tries of one request, the first included; default 5. `1` disables retries. */
  maxAttempts?: number;
  /** No retry is scheduled past this many milliseconds after the first try; default 60 000. */
  maxElapsedMs?: number;
  /** First backoff delay when the answer has no `Retry-After`; doubled each try; default 500. */
  baseDelayMs?: number;
  /** Largest backoff delay; a `Retry-After` asking for longer ends the retries; default 30 000. */
  maxDelayMs?: number;
  /** Called before each wait, e.g. to show progress or log. */
  onRetry?: (retry: RetryNotice) => void;
  /** Random source in [0, 1) for the jitter; default `Math.random`. */
  random?: () => number;
}

/** What {@link RetryOptions.onRetry} is told before the client waits. */
export interface RetryNotice {
  /** The try that just failed, from 1. */
  attempt: number;
  /** Its HTTP status (429 or 503). */
  status: number;
  /** How long the client waits before the next try. */
  delayMs: number;
  /** `METHOD path` of the request. */
  operation: string;
}

/** Statuses Lucca documents as "not now" rather than "never" ("Rate limits", 503 Service Unavailable). */
export const RETRIED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** The options with their defaults filled in. */
export type RetryPolicy = Required<Omit<RetryOptions, "onRetry">> & Pick<RetryOptions, "onRetry">;

/** Fills in the defaults of {@link RetryOptions}. */
export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxAttempts: Math.max(1, Math.floor(options.maxAttempts ?? 5)),
    maxElapsedMs: options.maxElapsedMs ?? 60_000,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    random: options.random ?? Math.random,
    onRetry: options.onRetry,
  };
}

/**
 * The wait before try `attempt + 1`: the answer's `Retry-After` when it has a usable one
 * (RFC 9110 §10.2.3: delay-seconds or an HTTP-date), else exponential backoff with full jitter
 * (a uniform delay in [0, base·2^(attempt−1)], capped at `maxDelayMs`) so that many clients do
 * not retry in step. `undefined` when `Retry-After` asks for more than `maxDelayMs`: retrying
 * sooner than the server said would only be refused again.
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | null,
  policy: RetryPolicy,
  nowMs: number,
): number | undefined {
  const fromHeader = parseRetryAfter(retryAfter, nowMs);
  if (fromHeader !== undefined) return fromHeader > policy.maxDelayMs ? undefined : fromHeader;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

/** `Retry-After` in milliseconds from now, or `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
