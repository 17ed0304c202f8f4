import type { EventModel } from "../model/event-model.js";
import { ENVELOPE_VALIDATOR } from "./compose-validator-schemas.js";
import { packageName } from "../model/naming.js";

/** Type declarations for the compiled validators, which are plain JavaScript. */
export function emitValidatorDeclarations(model: EventModel): string {
  const events = model.topics.map((topic) => topic.eventName);
  return [
    'import type { CompiledValidator } from "@lucca-events/core";',
    `import type { ${[...events, "UnknownLuccaEvent"].join(", ")} } from "./events.js";`,
    'import type { StandardSchemaV1 } from "./standard-schema.js";',
    "",
    "/** A compiled type guard that is also a Standard Schema (`~standard`). */",
    "type Guard<T> = CompiledValidator<T> & StandardSchemaV1<unknown, T>;",
    "",
    ...model.topics.flatMap((topic) => [
      `/** True when \`value\` is a valid \`${topic.topic}\` event; failures are left in \`.errors\`. */`,
      `export declare const ${topic.validatorName}: Guard<${topic.eventName}>;`,
    ]),
    "/** True when `value` is a valid event envelope, whatever its topic. */",
    `export declare const ${ENVELOPE_VALIDATOR}: Guard<UnknownLuccaEvent>;`,
    "",
  ].join("\n");
}

/** `validateEvent`: the version's validators bound to core's topic-first dispatch. */
export function emitValidateEvent(model: EventModel): string {
  const entries = model.topics.map(
    (topic) => `${JSON.stringify(topic.topic)}: ${topic.validatorName},`,
  );
  return `import { createEventValidator } from "@lucca-events/core";
import { API_VERSION, type LuccaEventMap, type UnknownLuccaEvent } from "./events.js";
import { withStandardSchema } from "./standard-schema.js";
import {
  ${ENVELOPE_VALIDATOR},
  ${model.topics.map((topic) => topic.validatorName).join(",\n  ")},
} from "./validators.js";

/**
 * Validates a parsed delivery body: reads \`topic\` first and checks the value against that topic's
 * schema only. Returns \`{ ok: true, event }\` with the event typed by its topic, or
 * \`{ ok: false, reason, issues }\`; an unknown topic also returns its envelope as \`event\`.
 * It is also a Standard Schema (\`~standard\`), for libraries that accept one.
 *
 * @example
 * const result = validateEvent(JSON.parse(body));
 * if (result.ok && result.event.topic === "employee.created") console.log(result.event.data.email);
 */
export const validateEvent = /* @__PURE__ */ withStandardSchema(
  /* @__PURE__ */ createEventValidator<LuccaEventMap, UnknownLuccaEvent>({
    apiVersion: API_VERSION,
    validators: {
      ${entries.join("\n      ")}
    },
    isEnvelope: ${ENVELOPE_VALIDATOR},
  }),
);
`;
}

/** `parseWebhook` and `createWebhookHandler`, bound to this version's types and validators. */
export function emitWebhook(): string {
  return `import { createParseWebhook, createProcessInbox, createWebhookHandlerFactory } from "@lucca-events/core";
import type { LuccaEvent, LuccaEventMap, UnknownLuccaEvent } from "./events.js";
import { redact } from "./redact.js";
import { validateEvent } from "./validate-event.js";

/**
 * Verifies the signature, enforces the size limit, parses and validates one delivery.
 *
 * @example
 * const result = await parseWebhook(request, { secret: env.LUCCA_WEBHOOK_SECRET });
 * if (!result.ok) return new Response(result.message, { status: result.status });
 */
export const parseWebhook = /* @__PURE__ */ createParseWebhook(validateEvent);

/**
 * Returns a \`(request: Request) => Promise<Response>\` that answers Lucca's activation challenge,
 * verifies and validates each delivery, and calls the handler of its topic with a typed event.
 *
 * @example
 * export default { fetch: createWebhookHandler({ secret, on: { "employee.created": (event) => save(event.data) } }) };
 */
export const createWebhookHandler = /* @__PURE__ */ createWebhookHandlerFactory<
  LuccaEventMap,
  UnknownLuccaEvent
>(parseWebhook, { redact });

/** Processes a durable inbox's stored deliveries with this version's typed handlers. */
export const processInbox = /* @__PURE__ */ createProcessInbox<LuccaEvent, UnknownLuccaEvent>(validateEvent);
`;
}

/** The package's main entry point. */
export function emitIndex(apiVersion: string, model: EventModel): string {
  return `/**
 * @module
 * Typed events, ahead-of-time validators and webhook helpers for Lucca API version ${apiVersion}.
 *
 * @example
 * import { createWebhookHandler } from "${packageName(apiVersion)}";
 * const handler = createWebhookHandler({ secret, on: { "employee.created": (event) => event.data } });
 */
export * from "@lucca-events/core";
export { API_VERSION, TOPICS } from "./events.js";
export type {
  LuccaEvent,
  LuccaEventMap,
  LuccaEventTopic,
  PreviousAttributes,
  UnknownLuccaEvent,
  ${model.topics.map((topic) => topic.eventName).join(",\n  ")},
} from "./events.js";
export type * from "./resources.js";
export type { components, operations, paths } from "./openapi.js";
export {
  ${model.topics.map((topic) => topic.validatorName).join(",\n  ")},
} from "./validators.js";
export { validateEvent } from "./validate-event.js";
export { createWebhookHandler, parseWebhook, processInbox } from "./webhook.js";
export { DEFAULT_SENSITIVE_NAMES, REDACTED, SENSITIVE_FIELDS, redact } from "./redact.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
`;
}

/** The \`testing\` entry point: events built from the spec's examples, and signed Requests. */
export function emitTesting(): string {
  return `/**
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

/** A schema-valid event of \`topic\`, deep-merged with \`overrides\`. */
export const createTestEvent = /* @__PURE__ */ createTestEventFactory<LuccaEventMap>(EXAMPLES);
`;
}

/** The first example of every topic, typed, for \`createTestEvent\`. */
export function emitExamples(examples: Record<string, unknown>): string {
  return `import type { LuccaEventMap } from "./events.js";

/** One example event per topic, taken from the spec's \`examples/<topic>/\` (first by file name). */
export const EXAMPLES: LuccaEventMap = ${JSON.stringify(examples)};
`;
}

/** The \`node\` entry point: core's adapter for \`http\` servers and Express. */
export function emitNode(apiVersion: string): string {
  return `/**
 * @module
 * Serve the webhook handler from Node's \`http\` module or Express; the adapter reads the raw body.
 *
 * @example
 * import { createWebhookHandler } from "${packageName(apiVersion)}";
 * import { toNodeListener } from "${packageName(apiVersion)}/node";
 * http.createServer(toNodeListener(createWebhookHandler({ secret, on: {} }))).listen(3000);
 */
export * from "@lucca-events/core/node";
`;
}
