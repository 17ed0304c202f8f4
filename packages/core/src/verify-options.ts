import { ConfigurationError } from "./errors.js";

/** Returns the secrets to try, or throws {@link ConfigurationError} when none is usable. */
export function readSecrets(secret: unknown, caller: string): readonly string[] {
  const secrets: readonly unknown[] = Array.isArray(secret) ? secret : [secret];
  // An unset environment variable is the usual cause, so name it in the message.
  if (secrets.length === 0 || !secrets.every((s) => typeof s === "string" && s !== "")) {
    throw new ConfigurationError(
      `${caller} needs the endpoint secret as a non-empty string (or a non-empty array of them ` +
        "during rotation). Is the environment variable holding it set?",
    );
  }
  return secrets as readonly string[];
}

/** Returns the tolerance in milliseconds; throws rather than silently disabling the check. */
export function readToleranceMs(toleranceSeconds: unknown, fallbackSeconds: number): number {
  const seconds = toleranceSeconds === undefined ? fallbackSeconds : toleranceSeconds;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigurationError(
      `toleranceSeconds must be a finite number of seconds greater than 0, got ${String(seconds)}. ` +
        "The timestamp check cannot be turned off: it is what stops replayed deliveries.",
    );
  }
  return seconds * 1000;
}

/** Reads the clock: `now` returns epoch milliseconds, like `Date.now`, which is the default. */
export function readNowMs(now: unknown): number {
  if (now !== undefined && typeof now !== "function") {
    throw new ConfigurationError("now must be a function returning epoch milliseconds.");
  }
  const ms: unknown = now === undefined ? Date.now() : (now as () => unknown)();
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw new ConfigurationError(`now() must return finite epoch milliseconds, got ${String(ms)}.`);
  }
  return ms;
}
