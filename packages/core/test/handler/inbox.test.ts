import { createHmac } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { InboxReceiver, VerifiedDelivery } from "../../src/handler/inbox-port.js";
import { signTestRequest } from "../../src/testing.js";
import {
  SECRET,
  TIMESTAMP,
  createWebhookHandler,
  examples,
  now,
  signAtFixtureTime as sign,
} from "../fixtures/fixture-events.js";

const created = examples["employee.created"];
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });

function recordingInbox(
  answer: () => Promise<{ duplicate: boolean }> = async () => ({ duplicate: false }),
) {
  const stored: VerifiedDelivery[] = [];
  const inbox: InboxReceiver = {
    accept: vi.fn(async (delivery: VerifiedDelivery) => {
      stored.push(delivery);
      return answer();
    }),
  };
  return { inbox, stored };
}

const envelope = {
  id: created.id,
  source: created.source,
  topic: created.topic,
  occurredAt: created.occurredAt,
  url: created.url,
  resource: { type: "employee", id: created.data.id, url: created.data.url },
};

describe("the durable inbox mode", () => {
  it.each([
    ["a valid event", created, "valid", envelope],
    [
      "an unknown topic",
      { ...created, topic: "legal-entity.deleted" },
      "unknown_topic",
      { ...envelope, topic: "legal-entity.deleted" },
    ],
    [
      "an invalid event",
      { ...created, data: { ...created.data, email: 42 } },
      "schema_mismatch",
      envelope,
    ],
    [
      "an event of another version",
      { ...created, apiVersion: "2030-01-01" },
      "api_version_mismatch",
      envelope,
    ],
    ["invalid JSON", "{nope", "invalid_json", undefined],
  ])(
    "stores %s before answering 202, with its verdict and envelope",
    async (_name, payload, verdict, fields) => {
      const { inbox, stored } = recordingInbox();
      const handler = createWebhookHandler({ secret: SECRET, now, inbox, logger: quiet() });
      const response = await handler(await sign(payload));
      expect(response.status).toBe(202);
      expect(stored).toHaveLength(1);
      const body = typeof payload === "string" ? payload : JSON.stringify(payload);
      expect(stored[0]).toMatchObject({ rawBody: body, timestamp: TIMESTAMP, verdict });
      expect(stored[0]?.envelope).toEqual(fields);
      if (verdict !== "valid" && verdict !== "invalid_json") {
        expect(stored[0]?.issues.length).toBeGreaterThan(0);
      }
    },
  );

  it("keeps a body that is not UTF-8, with its verdict", async () => {
    const { inbox, stored } = recordingInbox();
    const handler = createWebhookHandler({ secret: SECRET, now, inbox, logger: quiet() });
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    const signature = createHmac("sha256", SECRET)
      .update(Buffer.concat([Buffer.from(`${TIMESTAMP}.`), bytes]))
      .digest("base64");
    const request = new Request("https://example.test/", {
      method: "POST",
      body: bytes,
      headers: { "lucca-timestamp": TIMESTAMP, "lucca-signature": signature },
    });
    expect((await handler(request)).status).toBe(202);
    expect(stored[0]).toMatchObject({ verdict: "invalid_json", rawBody: "{\uFFFD}" });
  });

  it("answers 202 to a duplicate too", async () => {
    const { inbox } = recordingInbox(async () => ({ duplicate: true }));
    const handler = createWebhookHandler({ secret: SECRET, now, inbox, logger: quiet() });
    expect((await handler(await sign(created))).status).toBe(202);
  });

  it("answers 503 when the inbox rejects, so that Lucca retries, and logs it", async () => {
    const log = quiet();
    const { inbox } = recordingInbox(() => Promise.reject(new Error("database down")));
    const handler = createWebhookHandler({ secret: SECRET, now, inbox, logger: log });
    const response = await handler(await sign(created));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, error: "inbox_unavailable" });
    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining("inbox refused"),
      expect.objectContaining({ message: "database down" }),
      expect.objectContaining({ id: created.id }),
    );
  });

  it("answers 503 when the inbox has not stored the delivery by the deadline", async () => {
    const log = quiet();
    const { inbox } = recordingInbox(() => new Promise(() => undefined));
    const handler = createWebhookHandler({
      secret: SECRET,
      now,
      inbox,
      handlerTimeoutMs: 20,
      logger: log,
    });
    expect((await handler(await sign(created))).status).toBe(503);
  });

  it("stores nothing that is not authentic", async () => {
    const { inbox, stored } = recordingInbox();
    const handler = createWebhookHandler({ secret: SECRET, now, inbox, logger: quiet() });
    const forged = await signTestRequest(created, "other-secret", { timestamp: TIMESTAMP });
    expect((await handler(forged)).status).toBe(401);
    expect(stored).toEqual([]);
  });

  it("refuses `on` and `inbox` together, and an inbox without accept()", () => {
    const { inbox } = recordingInbox();
    const both = { secret: SECRET, inbox, on: {} } as unknown as Parameters<
      typeof createWebhookHandler
    >[0];
    expect(() => createWebhookHandler(both)).toThrow(/`on` or `inbox`, not both/);
    const broken = { secret: SECRET, inbox: {} } as unknown as Parameters<
      typeof createWebhookHandler
    >[0];
    expect(() => createWebhookHandler(broken)).toThrow(/accept\(delivery\)/);
  });
});

describe("the inbox mode's configuration", () => {
  it("refuses onUnknownTopic and onInvalidEvent, which it would never call", () => {
    const inbox: InboxReceiver = { accept: async () => ({ duplicate: false }) };
    const options = { secret: SECRET, inbox, onInvalidEvent: () => undefined };
    expect(() => createWebhookHandler(options)).toThrow(/never calls onInvalidEvent/);
  });
});
