/** Where the handler reports rejected deliveries and failing hooks; `console` fits. */
export interface WebhookLogger {
  /** Rejected deliveries (bad signature, invalid event): expected now and then, not a bug. */
  warn(message: string, ...details: unknown[]): void;
  /** Failing handlers and hooks; `warn` is used when absent. */
  error?(message: string, ...details: unknown[]): void;
  /** Routine noise, such as a client that closed the connection early; dropped when absent. */
  debug?(message: string, ...details: unknown[]): void;
}

/** A logger whose methods never throw: a broken logger must not turn an answer into a crash. */
export interface SafeLogger {
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/** Wraps a user's logger so that a throwing method is ignored rather than propagated. */
export function safeLogger(logger: WebhookLogger): SafeLogger {
  const call = (method: ((...args: never[]) => void) | undefined, args: unknown[]) => {
    if (typeof method !== "function") return;
    try {
      (method as (...args: unknown[]) => void).apply(logger, args);
    } catch {
      // Nowhere left to report it: the logger is the report channel.
    }
  };
  return {
    warn: (...args) => call(logger.warn, args),
    error: (...args) => call(logger.error ?? logger.warn, args),
    debug: (...args) => call(logger.debug, args),
  };
}
