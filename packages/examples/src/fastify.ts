import Fastify from "fastify";
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { luccaWebhooks } from "@lucca-events/core/fastify";
import { onboardEmployee } from "./employee-directory.js";

const handler = createWebhookHandler({
  // An unset variable throws a ConfigurationError here, at start-up, not on the first delivery.
  secret: process.env.LUCCA_WEBHOOK_SECRET!,
  on: {
    "employee.created": (event) => onboardEmployee(event.data),
  },
});

export const app = Fastify();
// The plugin keeps the raw body the signature covers, in its own scope only: other routes still
// get Fastify's JSON parser. GET answers Lucca's activation challenge, POST receives the events.
await app.register(luccaWebhooks, { prefix: "/webhooks/lucca", handler });

export const server = app.server;
await app.listen({ port: Number(process.env.PORT ?? 3000), host: "127.0.0.1" });
