import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeListener } from "@lucca-events/2024-11-01/node";

/** The secret the example receivers read from LUCCA_WEBHOOK_SECRET in these tests. */
export const RECEIVER_SECRET = "whsec-cli-test-secret";

/** A receiver from packages/examples, running on a free port. */
export interface RunningReceiver {
  /** Its webhook URL. */
  url: string;
  /** Employees handed to the example's own code (`onboardEmployee` or the Worker's KV). */
  received: () => unknown[];
  close(): Promise<void>;
}

const onboarded: unknown[] = [];
/** Stands in for the examples' `onboardEmployee` (what the README's receivers call). */
export const recordOnboarding = (employee: unknown) => void onboarded.push(employee);

async function listen(server: Server): Promise<string> {
  if (!server.listening) await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/lucca`;
}

function closer(server: Server): () => Promise<void> {
  return () => new Promise((resolve) => server.close(() => resolve()));
}

async function serve(listener: RequestListener): Promise<Server> {
  const server = createServer(listener);
  server.listen(0, "127.0.0.1");
  return server;
}

/** Starts each example receiver the way a reader would run it (env, PORT), one per name. */
export const RECEIVERS: Record<string, () => Promise<RunningReceiver>> = {
  "node-http": async () => {
    const { server } = await import("../../examples/src/node-http.js");
    return { url: await listen(server), received: () => onboarded, close: closer(server) };
  },
  express: async () => {
    const { server } = await import("../../examples/src/express.js");
    return { url: await listen(server), received: () => onboarded, close: closer(server) };
  },
  hono: async () => {
    const { app } = await import("../../examples/src/hono.js");
    const server = await serve(toNodeListener(async (request) => app.fetch(request)));
    return { url: await listen(server), received: () => onboarded, close: closer(server) };
  },
  "next-route": async () => {
    const route = await import("../../examples/src/next-route.js");
    const handler = (request: Request) =>
      request.method === "GET" ? route.GET(request) : route.POST(request);
    const server = await serve(toNodeListener(handler));
    return { url: await listen(server), received: () => onboarded, close: closer(server) };
  },
  "cloudflare-worker": async () => {
    const worker = (await import("../../examples/src/cloudflare-worker.js")).default;
    const stored: unknown[] = [];
    const env = {
      LUCCA_WEBHOOK_SECRET: RECEIVER_SECRET,
      EMPLOYEES: {
        put: async (_key: string, value: string) => void stored.push(JSON.parse(value)),
      },
    };
    const server = await serve(toNodeListener((request) => worker.fetch(request, env)));
    return { url: await listen(server), received: () => stored, close: closer(server) };
  },
};
