import { createWebhookHandler, type EmployeeCreatedEvent } from "@lucca-events/2024-11-01";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { expectSame, runCase, type CaseResult } from "./case-result.js";

const SECRET = "whsec-runtime-tests";
const URL_BASE = "https://receiver.example.test/webhooks/lucca";
// Lucca's own example challenge: the non-ASCII ç must come back byte for byte.
const CHALLENGE = "iusiof24dsfxvcç834";
const silent = { warn: () => undefined, error: () => undefined };

/** A round trip through the version package's handler, as Lucca would exercise it. */
export async function handlerCases(): Promise<CaseResult[]> {
  const received: EmployeeCreatedEvent[] = [];
  const warnings: string[] = [];
  const handler = createWebhookHandler({
    secret: SECRET,
    on: { "employee.created": (event) => void received.push(event) },
    logger: { warn: (message) => void warnings.push(message) },
  });
  const event = createTestEvent("employee.created", { id: "runtime-tests-1" });
  return [
    ...(await Promise.all(
      ["echo", "challenge"].map((parameter) =>
        runCase(`handler: ?${parameter}= challenge is echoed exactly`, async () => {
          const response = await handler(new Request(`${URL_BASE}?${parameter}=${CHALLENGE}`));
          expectSame(response.status, 200, "status");
          expectSame(response.headers.get("content-type"), "text/plain; charset=utf-8", "type");
          const bytes = new Uint8Array(await response.arrayBuffer());
          expectSame(hex(bytes), hex(new TextEncoder().encode(CHALLENGE)), "body bytes");
        }),
      ),
    )),
    await runCase("handler: a signed event gets 202 and reaches its topic handler", async () => {
      const response = await handler(await signTestRequest(event, SECRET, { url: URL_BASE }));
      expectSame(response.status, 202, "status");
      expectSame(received.length, 1, "handler calls");
      expectSame(JSON.stringify(received[0]), JSON.stringify(event), "event");
    }),
    await runCase("handler: a bad signature gets 401 and reaches no handler", async () => {
      const request = await signTestRequest(event, `${SECRET}-wrong`, { url: URL_BASE });
      expectSame((await handler(request)).status, 401, "status");
      expectSame(received.length, 1, "handler calls");
    }),
    await runCase("handler: forged ce-* headers on a signed delivery change nothing", async () => {
      const signed = await signTestRequest(event, SECRET, { url: URL_BASE });
      const forged = new Request(signed.url, {
        method: "POST",
        body: await signed.text(),
        headers: {
          ...Object.fromEntries(signed.headers),
          "content-type": "application/cloudevents+json",
          "ce-specversion": "1.0",
          "ce-type": "employee.deleted",
          "ce-id": "forged",
          "ce-source": "https://other.ilucca.net",
        },
      });
      const seen: EmployeeCreatedEvent[] = [];
      const own = createWebhookHandler({
        secret: SECRET,
        logger: silent,
        on: { "employee.created": (created) => void seen.push(created) },
      });
      expectSame((await own(forged)).status, 202, "status");
      expectSame(seen[0]?.id, event.id, "id");
      expectSame(seen[0]?.topic, "employee.created", "topic");
    }),
    await runCase(
      "handler: a topic handler past its deadline gets 503 and an aborted signal",
      async () => {
        let signal: AbortSignal | undefined;
        const slow = createWebhookHandler({
          secret: SECRET,
          handlerTimeoutMs: 20,
          logger: silent,
          on: {
            "employee.created": (_event, context) => {
              signal = context.signal;
              return new Promise<void>((resolve) => setTimeout(resolve, 200));
            },
          },
        });
        const response = await slow(await signTestRequest(event, SECRET, { url: URL_BASE }));
        expectSame(response.status, 503, "status");
        expectSame(signal?.aborted, true, "signal aborted");
      },
    ),
    await runCase(
      "handler: a tenant's secret does not vouch for another tenant's source",
      async () => {
        const tenants = createWebhookHandler({
          secret: () => ({ secret: SECRET, source: "https://someone-else.ilucca.net" }),
          logger: silent,
          on: {},
        });
        const response = await tenants(await signTestRequest(event, SECRET, { url: URL_BASE }));
        expectSame(response.status, 401, "status");
      },
    ),
    await runCase("handler: a gzip Content-Encoding gets 415", async () => {
      const request = await signTestRequest(event, SECRET, {
        url: URL_BASE,
        headers: { "content-encoding": "gzip" },
      });
      expectSame((await handler(request)).status, 415, "status");
    }),
    await runCase("handler: an invalid payload gets 400 (no onInvalidEvent), logged", async () => {
      const invalid = { ...event, occurredAt: "yesterday" };
      const before = warnings.length;
      const response = await handler(await signTestRequest(invalid, SECRET, { url: URL_BASE }));
      expectSame(response.status, 400, "status");
      expectSame(received.length, 1, "handler calls");
      expectSame(warnings.length, before + 1, "warnings logged");
    }),
  ];
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
