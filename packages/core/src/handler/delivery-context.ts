import type { DeliveryContext, DeliveryRequestInfo, TenantDescriptor } from "./handler-options.js";

/**
 * The context a topic handler or hook receives. A class rather than an object literal: a literal
 * with a `get signal()` closing over the delivery defines a fresh accessor on each evaluation,
 * which gives each context a map of its own in the old generation, and those maps keep every
 * delivery's objects alive through young-generation collections. The getter lives on the
 * prototype here, so every context shares one map.
 */
export class HandlerContext implements DeliveryContext {
  readonly #signal: () => AbortSignal;

  constructor(
    signal: () => AbortSignal,
    readonly tenant: TenantDescriptor | undefined,
    readonly request: DeliveryRequestInfo,
    readonly waitUntil: (promise: Promise<unknown>) => void,
  ) {
    this.#signal = signal;
  }

  /** Made on first read (runWithDeadline): most handlers never read it. */
  get signal(): AbortSignal {
    return this.#signal();
  }
}
