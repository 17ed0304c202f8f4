// Deno only: the version package's handler and parseWebhook behind Deno.serve, as a Deno receiver
// runs them. Deno prints a warning on stderr when a served request is cloned; the runner fails on
// any stderr output, so these cases prove the body is read without a clone.
import { createWebhookHandler, parseWebhook } from "@lucca-events/2024-11-01";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { expectSame, runCase, type CaseResult } from "../suite/case-result.js";
import { RESULTS_MARKER } from "../suite/results-marker.js";

interface DenoServer {
  addr: { port: number };
  finished: Promise<void>;
}
interface DenoLike {
  serve(
    options: { port: number; hostname: string; signal: AbortSignal; onListen(): void },
    handler: (request: Request) => Promise<Response>,
  ): DenoServer;
}

const SECRET = "whsec-deno-serve";
const deno = (globalThis as unknown as { Deno: DenoLike }).Deno;
const handler = createWebhookHandler({ secret: SECRET, on: {}, logger: { warn: () => undefined } });

async function served(serve: (request: Request) => Promise<Response>): Promise<number> {
  const stop = new AbortController();
  const options = { port: 0, hostname: "127.0.0.1", signal: stop.signal, onListen() {} };
  const server = deno.serve(options, serve);
  const url = `http://127.0.0.1:${server.addr.port}/webhooks/lucca`;
  const signed = await signTestRequest(createTestEvent("employee.created"), SECRET, { url });
  const response = await fetch(url, {
    method: "POST",
    headers: signed.headers,
    body: await signed.text(),
  });
  await response.body?.cancel();
  stop.abort();
  await server.finished;
  return response.status;
}

const results: CaseResult[] = [
  await runCase("deno serve: the handler answers 202", async () => {
    expectSame(await served(handler), 202, "status");
  }),
  await runCase("deno serve: parseWebhook(request) verifies a served request", async () => {
    const status = await served(async (request) => {
      const result = await parseWebhook(request, { secret: SECRET });
      return new Response(null, { status: result.ok ? 202 : result.status });
    });
    expectSame(status, 202, "status");
  }),
];
console.log(RESULTS_MARKER + JSON.stringify(results));
