// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
/**
 * @module
 * Test helpers: schema-valid events of every topic, built from the spec's examples, and Requests
 * signed like Lucca signs them.
 *
 * @example
 * const request = await signTestRequest(createTestEvent("employee.created"), secret);
 */
import { createTestEventFactory } from "@lucca-events/core/testing";
import type { LuccaEventMap } from "./events.js";
import { EXAMPLES } from "./examples.js";

export { signTestRequest } from "@lucca-events/core/testing";
export type { DeepPartial, SignTestRequestOptions } from "@lucca-events/core/testing";

/** A schema-valid event of `topic`, deep-merged with `overrides`. */
export const createTestEvent = /* @__PURE__ */ createTestEventFactory<LuccaEventMap>(EXAMPLES);
