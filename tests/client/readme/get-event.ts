import { LuccaApiError } from "@lucca-events/2024-11-01/client";
import { lucca } from "./client.js";

try {
  const polled = await lucca.getEvent("evt-1");
  if (polled.ok && polled.event.topic === "employee.created") console.info(polled.event.data.email);
} catch (error) {
  // After the client's own retries: error.status is the HTTP status, error.body the answer.
  if (error instanceof LuccaApiError && error.status === 404) console.info("expired or unknown");
  else throw error;
}
