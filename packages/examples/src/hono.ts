import { Hono } from "hono";
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { onboardEmployee } from "./employee-directory.js";

const handler = createWebhookHandler({
  // An unset variable throws a ConfigurationError here, at start-up, not on the first delivery.
  secret: process.env.LUCCA_WEBHOOK_SECRET!,
  on: {
    "employee.created": (event) => onboardEmployee(event.data),
  },
});

// GET answers the activation challenge, POST the events; c.req.raw is the untouched Request,
// so the raw body is still there to verify.
// Serve `app.fetch` with Bun.serve, Deno.serve, a Worker or @hono/node-server.
export const app = new Hono();
app.all("/webhooks/lucca", (c) => handler(c.req.raw));
