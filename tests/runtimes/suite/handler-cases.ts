import { createWebhookHandler, type EmployeeCreatedEvent } from "@lucca-events/2024-11-01";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { expectSame, runCase, type CaseResult } from "./case-result.js";

const SECRET = "whsec-runtime-tests";
const URL_BASE = "https://receiver.example.test/webhooks/lucca";
// Lucca's own example challenge: the non-ASCII ç must come back byte for byte.
const CHALLENGE = "iusiof24dsfxvcç834";

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
