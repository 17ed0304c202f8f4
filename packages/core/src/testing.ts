/**
 * @module
 * Test helpers: realistic events built from examples, and Requests signed like Lucca signs them.
 * Each version package binds them to its examples as `@lucca-events/<version>/testing`.
 *
 * @example
 * import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
 *
 * const request = await signTestRequest(createTestEvent("employee.created"), secret);
 * expect((await handler(request)).status).toBe(202);
 */
import { deepMerge, type DeepPartial } from "./testing/deep-merge.js";
import { signPayload } from "./signature/sign-payload.js";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./signature/verify-signature.js";

export type { DeepPartial } from "./testing/deep-merge.js";

/** Where {@link signTestRequest} sends its Request unless told otherwise. */
export const DEFAULT_TEST_URL = "https://example.test/webhooks/lucca";

/**
 * Builds `createTestEvent` from one example event per topic. Each call deep-clones the example and
 * deep-merges `overrides` (objects merge, arrays and primitives replace). Ids stay those of the
 * example, so tests are deterministic; override `id` to simulate distinct deliveries.
 *
 * @example
 * const createTestEvent = createTestEventFactory<LuccaEventMap>(examples);
 * const event = createTestEvent("employee.created", { data: { email: "ada@example.test" } });
 */
export function createTestEventFactory<M>(examples: { [T in keyof M]: M[T] }) {
  return function createTestEvent<T extends keyof M>(
    topic: T,
    overrides?: DeepPartial<M[T]>,
  ): M[T] {
    if (!Object.hasOwn(examples, topic))
      throw new TypeError(`no example event for topic ${String(topic)}`);
    return deepMerge(examples[topic], overrides);
  };
}

/** Options of {@link signTestRequest}. */
export interface SignTestRequestOptions {
  /** The `Lucca-Timestamp` to sign, used verbatim; default now, ISO 8601 without milliseconds. */
  timestamp?: string;
  /** Default {@link DEFAULT_TEST_URL}. */
  url?: string;
  /** Extra headers (CloudEvents `ce-*`, a different `content-type`); they override the defaults. */
  headers?: Record<string, string>;
}

/**
 * Returns a POST Request carrying `eventOrBody` (objects are JSON-serialised, strings sent as they
 * are) with the `Lucca-Timestamp` and `Lucca-Signature` headers Lucca would send.
 *
 * @example
 * const response = await handler(await signTestRequest(createTestEvent("employee.created"), secret));
 * expect(response.status).toBe(202);
 */
export async function signTestRequest(
  eventOrBody: object | string,
  secret: string,
  options: SignTestRequestOptions = {},
): Promise<Request> {
  const body = typeof eventOrBody === "string" ? eventOrBody : JSON.stringify(eventOrBody);
  const timestamp = options.timestamp ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return new Request(options.url ?? DEFAULT_TEST_URL, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      [TIMESTAMP_HEADER]: timestamp,
      [SIGNATURE_HEADER]: await signPayload(body, secret, timestamp),
      ...options.headers,
    },
  });
}
