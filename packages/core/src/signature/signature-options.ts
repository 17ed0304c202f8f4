import { ConfigurationError } from "../errors/lucca-events-errors.js";

/**
 * One HMAC key: a string, whose UTF-8 bytes are the key (what Lucca's PHP sample on its "Validate
 * a webhook" page does with the secret), or the key bytes themselves.
 */
export type SecretKey = string | Uint8Array;

/** The endpoint secret, or several during a rotation (any one may match). */
export type SecretInput = SecretKey | readonly SecretKey[];

// The last single string secret read, and its checked list: verifySignature reads its options on
// every call, and a receiver passes the same secret each time. Strings only: a Uint8Array's bytes
// may change in place.
let lastSecret: { text: string; secrets: readonly SecretKey[] } | undefined;

/** Returns the keys to try, or throws {@link ConfigurationError} when one is unusable. */
export function readSecrets(secret: unknown, caller: string): readonly SecretKey[] {
  if (lastSecret !== undefined && secret === lastSecret.text) return lastSecret.secrets;
  const secrets = checkSecrets(secret, caller);
  if (typeof secret === "string") lastSecret = { text: secret, secrets };
  return secrets;
}

function checkSecrets(secret: unknown, caller: string): readonly SecretKey[] {
  const secrets: readonly unknown[] = Array.isArray(secret) ? secret : [secret];
  const usable = (s: unknown) =>
    (typeof s === "string" && s !== "") || (s instanceof Uint8Array && s.byteLength > 0);
  // An unset environment variable is the usual cause, so name it in the message.
  if (secrets.length === 0 || !secrets.every(usable)) {
    throw new ConfigurationError(
      `${caller} needs the secret, a non-empty string or Uint8Array (or an array of them): is ` +
        "its environment variable set?",
    );
  }
  // Lucca's secrets are base64url text: a space or newline is never part of one, but a file or
  // `echo` often appends it, and the key would then silently never match.
  if (secrets.some((s) => typeof s === "string" && s.trim() !== s)) {
    throw new ConfigurationError(`${caller} got a secret with surrounding whitespace: trim it.`);
  }
  return Object.freeze(secrets.slice()) as readonly SecretKey[];
}

/** Returns the tolerance in milliseconds; throws rather than silently disabling the check. */
export function readToleranceMs(toleranceSeconds: unknown, fallbackSeconds: number): number {
  const seconds = toleranceSeconds === undefined ? fallbackSeconds : toleranceSeconds;
  // Number.isFinite is false for anything but a finite number: no coercion, no typeof needed.
  if (!Number.isFinite(seconds) || (seconds as number) <= 0) {
    throw new ConfigurationError(
      `toleranceSeconds must be a finite number > 0, got ${String(seconds)}.`,
    );
  }
  return (seconds as number) * 1000;
}

const CLOCK = "now must be a function returning finite epoch milliseconds";

/** Checks a clock option: a function returning epoch milliseconds, like `Date.now` (the default). */
export function readClock(now: unknown): () => number {
  if (now !== undefined && typeof now !== "function") {
    throw new ConfigurationError(`${CLOCK}.`);
  }
  return (now as (() => number) | undefined) ?? Date.now;
}

/** Reads the clock, refusing a value that is not finite epoch milliseconds. */
export function readNowMs(clock: () => unknown): number {
  const ms = clock();
  if (!Number.isFinite(ms)) {
    throw new ConfigurationError(`${CLOCK}, got ${String(ms)}.`);
  }
  return ms as number;
}
