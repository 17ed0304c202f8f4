// app/webhooks/lucca/route.ts in a Next.js app (App Router).
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { onboardEmployee } from "./employee-directory.js";

const handler = createWebhookHandler({
  // An unset variable throws a ConfigurationError here, at start-up, not on the first delivery.
  secret: process.env.LUCCA_WEBHOOK_SECRET!,
  on: {
    "employee.created": (event) => onboardEmployee(event.data),
  },
});

/** Lucca's deliveries. Route handlers get the untouched Request, so the raw body verifies. */
export async function POST(request: Request): Promise<Response> {
  return handler(request);
}

/** Lucca's activation challenge (`?echo=…`), answered once when the endpoint is declared. */
export async function GET(request: Request): Promise<Response> {
  return handler(request);
}
