/* global require, console */
// A CommonJS receiver: `require()` of the ESM-only package works on Node >= 20.19.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { API_VERSION, TOPICS, validateEvent } = require("@lucca-events/2024-11-01");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createTestEvent } = require("@lucca-events/2024-11-01/testing");

const result = validateEvent(createTestEvent(TOPICS[0]));
if (!result.ok || API_VERSION !== "2024-11-01") {
  throw new Error(`require(): the example ${TOPICS[0]} event was rejected: ${result.reason}`);
}
console.log(JSON.stringify({ ok: true, checks: [`require() validates ${result.event.topic}`] }));
