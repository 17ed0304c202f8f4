import { createServer } from "node:http";
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

// The adapter reads the raw body itself: the signature covers the exact bytes Lucca sent.
export const server = createServer(toNodeListener(handler));
server.listen(Number(process.env.PORT ?? 3000));
