import { describe, expect, it } from "vitest";
import { fromCloudEvent, isCloudEvent } from "../../src/delivery/cloudevents.js";
import { signTestRequest } from "../../src/testing.js";
import { SECRET, TIMESTAMP, examples, now, parseWebhook } from "../fixtures/fixture-events.js";

const event = examples["employee.created"];
const structured = {
  specversion: "1.0",
  id: event.id,
  source: event.source,
  type: event.topic,
  time: event.occurredAt,
  datacontenttype: "application/json",
  apiversion: event.apiVersion,
  data: event.data,
};
const binaryHeaders = {
  "content-type": "application/json",
  "ce-specversion": "1.0",
  "ce-id": event.id,
  "ce-source": event.source,
  "ce-type": event.topic,
  "ce-time": event.occurredAt,
  "ce-apiversion": "2024-11-01",
};

describe("isCloudEvent", () => {
  it("does not take an unsigned Content-Type alone as a CloudEvent", () => {
    const headers = { "content-type": "application/cloudevents+json; charset=utf-8" };
    expect(isCloudEvent(headers, {})).toBe(false);
  });

  it.each([
    ["binary mode", { "ce-specversion": "1.0" }, {}],
    [
      "structured body sent as application/json",
      { "content-type": "application/json" },
      structured,
    ],
  ])("recognises %s", (_name, headers, body) => {
    expect(isCloudEvent(headers, body)).toBe(true);
  });

  it("does not mistake a plain Lucca event for a CloudEvent", () => {
    expect(isCloudEvent(new Headers({ "content-type": "application/json" }), event)).toBe(false);
  });
});

describe("fromCloudEvent", () => {
  it("maps structured mode to the Lucca envelope, deriving url from source and id", () => {
    expect(fromCloudEvent({ "content-type": "application/cloudevents+json" }, structured)).toEqual({
      ...event,
      url: "https://acme.ilucca.net/lucca-api/events/evt-1",
    });
  });

  it("maps binary mode, with url and businessEstablishment extensions", () => {
    const establishment = { id: "1", type: "business-establishment", url: "https://x.test/be/1" };
    const headers = new Headers({
      ...binaryHeaders,
      "ce-url": "https://acme.ilucca.net/custom/evt-1",
      "ce-businessestablishment": JSON.stringify(establishment),
    });
    expect(fromCloudEvent(headers, event.data)).toEqual({
      ...event,
      url: "https://acme.ilucca.net/custom/evt-1",
      businessEstablishment: establishment,
    });
  });

  it("leaves missing attributes out, for the validator to report", () => {
    expect(fromCloudEvent({ "ce-specversion": "1.0" }, null)).toEqual({
      type: "event",
      data: null,
    });
  });
});

const cloudEvents = { secret: SECRET, now, contentMode: "cloudEvents" } as const;

describe("parseWebhook with CloudEvents", () => {
  it("verifies the raw body, then unwraps a structured CloudEvent in cloudEvents mode", async () => {
    const request = await signTestRequest(structured, SECRET, {
      timestamp: TIMESTAMP,
      headers: { "content-type": "application/cloudevents+json" },
    });
    const result = await parseWebhook(request, cloudEvents);
    expect(result).toMatchObject({ ok: true, event: { topic: "employee.created", id: "evt-1" } });
  });

  it("reads a structured CloudEvent as a plain (invalid) event in the default mode", async () => {
    const request = await signTestRequest(structured, SECRET, {
      timestamp: TIMESTAMP,
      headers: { "content-type": "application/cloudevents+json" },
    });
    const result = await parseWebhook(request, { secret: SECRET, now });
    expect(result).toMatchObject({ ok: false, status: 400, rawEvent: structured });
  });

  it("refuses a binary-mode CloudEvent, whose attributes are unsigned, with a typed reason", async () => {
    const request = await signTestRequest(event.data, SECRET, {
      timestamp: TIMESTAMP,
      headers: binaryHeaders,
    });
    const result = await parseWebhook(request, cloudEvents);
    expect(result).toMatchObject({
      ok: false,
      reason: "unsigned_cloudevent_attributes",
      status: 400,
      message: expect.stringMatching(/not cover.*acceptUnsignedCloudEventAttributes/),
    });
  });

  it("unwraps a binary CloudEvent only when unsigned attributes are accepted", async () => {
    const request = await signTestRequest(event.data, SECRET, {
      timestamp: TIMESTAMP,
      headers: binaryHeaders,
    });
    const result = await parseWebhook(request, {
      ...cloudEvents,
      acceptUnsignedCloudEventAttributes: true,
    });
    expect(result).toMatchObject({ ok: true, event: { ...event, url: expect.any(String) } });
  });

  it("still rejects a CloudEvent with a bad signature", async () => {
    const request = await signTestRequest(structured, "other", { timestamp: TIMESTAMP });
    const result = await parseWebhook(request, cloudEvents);
    expect(result).toMatchObject({ ok: false, reason: "signature_mismatch", status: 401 });
  });
});

describe("a signed delivery replayed with forged headers", () => {
  const forged = {
    "content-type": "application/cloudevents+json",
    "ce-specversion": "1.0",
    "ce-id": "forged-id",
    "ce-source": "https://other-tenant.ilucca.net",
    "ce-type": "employee.updated",
    "ce-url": "https://evil.test/events/1",
    "ce-time": "2030-01-01T00:00:00Z",
    "x-forwarded-host": "evil.test",
  };

  it.each([
    ["default mode", { secret: SECRET, now }],
    ["cloudEvents mode, structured body", cloudEvents],
  ])("%s: only the signed body decides topic, id, source, url and data", async (_n, options) => {
    const body = options === cloudEvents ? structured : event;
    const original = await signTestRequest(body, SECRET, { timestamp: TIMESTAMP });
    const replayed = new Request(original.url, {
      method: "POST",
      body: await original.clone().text(),
      headers: { ...Object.fromEntries(original.headers), ...forged },
    });
    const [a, b] = [await parseWebhook(original, options), await parseWebhook(replayed, options)];
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    if (!b.ok) return;
    expect(b.event).toMatchObject({
      topic: "employee.created",
      id: "evt-1",
      source: "https://acme.ilucca.net",
      data: event.data,
    });
    expect(b.event.url).not.toContain("evil");
  });
});
