import { eventKey } from "@lucca-events/2024-11-01";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { expectSame, runCase, type CaseResult } from "../suite/case-result.js";
import type { SuiteEnv } from "./suite-env.js";

const URL_BASE = "https://receiver.example.test/webhooks/lucca";
const CHALLENGE = "iusiof24dsfxvcç834";

/** Drives the README's Cloudflare Worker through a service binding, as Lucca would. */
export async function exampleWorkerCases(env: SuiteEnv): Promise<CaseResult[]> {
  const secret = env.LUCCA_WEBHOOK_SECRET;
  const event = createTestEvent("employee.created", { id: "workerd-example-1" });
  const send = async (body: object, key: string) =>
    env.EXAMPLE.fetch(await signTestRequest(body, key, { url: URL_BASE }));
  return [
    await runCase("example worker: the activation challenge is echoed exactly", async () => {
      const response = await env.EXAMPLE.fetch(new Request(`${URL_BASE}?echo=${CHALLENGE}`));
      expectSame(response.status, 200, "status");
      expectSame(await response.text(), CHALLENGE, "body");
    }),
    await runCase("example worker: a signed event gets 202 and lands in KV", async () => {
      expectSame((await send(event, secret)).status, 202, "status");
      expectSame(await env.EMPLOYEES.get(eventKey(event)), JSON.stringify(event.data), "KV");
    }),
    await runCase("example worker: a bad signature gets 401 and stores nothing", async () => {
      const forged = { ...event, id: "workerd-example-forged" };
      expectSame((await send(forged, `${secret}-wrong`)).status, 401, "status");
      expectSame(await env.EMPLOYEES.get(eventKey(forged)), null, "KV");
    }),
    await runCase("example worker: an invalid payload gets 400 and stores nothing", async () => {
      const invalid = { ...event, id: "workerd-example-invalid", occurredAt: "yesterday" };
      expectSame((await send(invalid, secret)).status, 400, "status");
      expectSame(await env.EMPLOYEES.get(eventKey(invalid)), null, "KV");
    }),
  ];
}
