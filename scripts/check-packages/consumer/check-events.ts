/**
 * What every consumer checks: the calls a webhook receiver makes, through the public entry points
 * of the installed tarballs. `2024-11-01` is replaced by the version under test.
 */
import { API_VERSION, TOPICS, parseWebhook, validateEvent } from "@lucca-events/2024-11-01";
import type { LuccaEvent, LuccaEventTopic } from "@lucca-events/2024-11-01";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";

const SECRET = "consumer-check-secret";

/** Runs the checks; resolves with their names, rejects with the first one that failed. */
export async function checkEvents(): Promise<string[]> {
  if (API_VERSION !== "2024-11-01") throw new Error(`API_VERSION is ${API_VERSION}`);
  const topic: LuccaEventTopic = TOPICS[0];
  const event = createTestEvent(topic);

  const valid = validateEvent(event);
  if (!valid.ok) throw new Error(`the example ${topic} event was rejected: ${valid.reason}`);
  const invalid = validateEvent({ ...event, data: 42 });
  if (invalid.ok || invalid.reason !== "schema_mismatch") {
    throw new Error(`an event with "data": 42 was not rejected as schema_mismatch`);
  }

  const parsed = await parseWebhook(await signTestRequest(event, SECRET), { secret: SECRET });
  if (!parsed.ok) throw new Error(`a correctly signed delivery was rejected: ${parsed.reason}`);
  const parsedTopic: LuccaEvent["topic"] = parsed.event.topic;
  // @ts-expect-error: topics are the spec's literals; were the types `any`, this would compile.
  const notATopic: LuccaEvent["topic"] = "no-such.topic";
  void notATopic;
  const forged = await parseWebhook(await signTestRequest(event, "wrong"), { secret: SECRET });
  if (forged.ok || forged.status !== 401) throw new Error("a forged signature was accepted");

  return [
    `validateEvent accepts ${parsedTopic} and rejects a bad body`,
    "parseWebhook verifies a signature and rejects a forged one",
  ];
}
