import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createWebhookHandler, parseWebhook } from "../../packages/api-2024-11-01/src/index.js";
import { EXAMPLES } from "../../packages/api-2024-11-01/src/examples.js";
import type { ParseWebhookOptions } from "../../packages/core/src/delivery/parse-options.js";

// A captured delivery replayed within the tolerance, its body, signature and timestamp unchanged,
// with rewritten unsigned headers. Only the signed body may decide topic, id, source, url and data:
// every case must parse exactly as the original did, or be refused, never be another event.
const SECRET = "forged-headers-secret";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const now = () => Date.parse(TIMESTAMP);
const silent = { warn: () => undefined, error: () => undefined };
const event = EXAMPLES["employee.created"];
const structured = {
  specversion: "1.0",
  id: event.id,
  source: event.source,
  type: event.topic,
  time: event.occurredAt,
  apiversion: event.apiVersion,
  data: event.data,
};

function signed(body: string): Record<string, string> {
  const signature = createHmac("sha256", SECRET).update(`${TIMESTAMP}.${body}`).digest("base64");
  return {
    "content-type": "application/json",
    "lucca-signature": signature,
    "lucca-timestamp": TIMESTAMP,
  };
}

const FORGERIES: Record<string, Record<string, string>> = {
  "binary-mode attributes naming another topic": {
    "ce-specversion": "1.0",
    "ce-type": "employee.deleted",
  },
  "a forged id (dedup bypass)": { "ce-specversion": "1.0", "ce-id": "forged-id" },
  "another tenant's source": { "ce-specversion": "1.0", "ce-source": "https://victim.ilucca.net" },
  "a forged url": { "ce-specversion": "1.0", "ce-url": "https://evil.test/events/1" },
  "object extensions as JSON with __proto__": {
    "ce-specversion": "1.0",
    "ce-businessestablishment": '{"__proto__":{"polluted":true},"id":"x"}',
    "ce-previousattributes": '{"constructor":{"prototype":{"polluted":true}}}',
  },
  "a structured content type": { "content-type": "application/cloudevents+json" },
  "a batch content type": { "content-type": "application/cloudevents-batch+json" },
  "every ce-* attribute at once": {
    "ce-specversion": "1.0",
    "ce-id": "forged",
    "ce-source": "https://victim.ilucca.net",
    "ce-type": "employee.deleted",
    "ce-time": "2030-01-01T00:00:00Z",
    "ce-apiversion": "2030-01-01",
    "content-type": "application/cloudevents+json",
  },
  "forwarding headers": {
    "x-forwarded-host": "evil.test",
    forwarded: "host=evil.test;proto=http",
    "x-original-url": "/admin",
  },
};

const MODES: Record<string, { body: object; options: ParseWebhookOptions }> = {
  "default mode": { body: event, options: { secret: SECRET, now } },
  "cloudEvents mode, structured": {
    body: structured,
    options: { secret: SECRET, now, contentMode: "cloudEvents" },
  },
};

describe("a signed delivery replayed with forged headers", () => {
  for (const [mode, { body: payload, options }] of Object.entries(MODES)) {
    const body = JSON.stringify(payload);
    it.each(Object.entries(FORGERIES))(`${mode}: %s changes nothing`, async (_name, forged) => {
      const original = await parseWebhook({ body, headers: signed(body) }, options);
      expect(original.ok).toBe(true);
      const replayed = await parseWebhook(
        { body, headers: { ...signed(body), ...forged } },
        options,
      );
      expect(replayed).toEqual(original);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }

  it.each(Object.entries(FORGERIES).filter(([, h]) => "ce-specversion" in h))(
    "cloudEvents mode: %s on a plain body is refused as unsigned, by the handler too",
    async (_name, forged) => {
      const body = JSON.stringify(event.data);
      const options = { secret: SECRET, now, contentMode: "cloudEvents" as const };
      const result = await parseWebhook({ body, headers: { ...signed(body), ...forged } }, options);
      expect(result).toMatchObject({
        ok: false,
        reason: "unsigned_cloudevent_attributes",
        status: 400,
      });
      const handler = createWebhookHandler({ ...options, on: {}, logger: silent });
      const request = new Request("https://receiver.test/", {
        method: "POST",
        body,
        headers: { ...signed(body), ...forged },
      });
      const response = await handler(request);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        ok: false,
        error: "invalid_event",
        reason: "unsigned_cloudevent_attributes",
      });
    },
  );
});
