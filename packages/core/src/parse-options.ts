import { ConfigurationError } from "./errors.js";
import { DEFAULT_TOLERANCE_SECONDS } from "./verify-signature.js";
import { readSecrets, readToleranceMs } from "./verify-options.js";

/** Options shared by `parseWebhook` and `createWebhookHandler`. */
export interface ParseWebhookOptions {
  /** The endpoint secret, or several during a rotation (any one may match). */
  secret: string | readonly string[];
  /** Largest accepted |now − timestamp|, in seconds (default 300, as Lucca documents). */
  toleranceSeconds?: number;
  /** Clock returning epoch milliseconds, for tests; default `Date.now`. */
  now?: () => number;
  /** Deliveries larger than this many bytes are refused before hashing (default 1 MiB). */
  maxBodyBytes?: number;
}

/**
 * Throws a {@link ConfigurationError} for options that can never verify a delivery. Called eagerly
 * by `createWebhookHandler`, so a missing secret fails at start-up rather than on the first event.
 */
export function assertParseOptions(options: ParseWebhookOptions, caller: string): void {
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError(`${caller} needs an options object with the endpoint secret.`);
  }
  // Same checks and messages as verifySignature, so both entry points fail alike.
  readSecrets(options.secret, caller);
  readToleranceMs(options.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS);
  const { maxBodyBytes, now } = options;
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new ConfigurationError(
      `maxBodyBytes must be a positive integer, got ${String(maxBodyBytes)}.`,
    );
  }
  if (now !== undefined && typeof now !== "function") {
    throw new ConfigurationError("now must be a function returning epoch milliseconds.");
  }
}
