import express, { type Express } from "express";
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { toNodeListener } from "@lucca-events/2024-11-01/node";
import { onboardEmployee } from "./employee-directory.js";

const handler = createWebhookHandler({
  // An unset variable throws a ConfigurationError here, at start-up, not on the first delivery.
  secret: process.env.LUCCA_WEBHOOK_SECRET!,
  on: {
    "employee.created": (event) => onboardEmployee(event.data),
  },
});

export const app: Express = express();
// Before express.json(), which would consume the raw body the signature covers. GET answers
// Lucca's activation challenge, POST receives the events.
app.all("/webhooks/lucca", toNodeListener(handler));
app.use(express.json());

export const server = app.listen(Number(process.env.PORT ?? 3000));
