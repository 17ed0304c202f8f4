import { lucca } from "./client.js";

// Every page is read; a 401 renews the token once, 429 and 503 are retried.
for (const endpoint of await lucca.listWebhookEndpoints()) {
  if (endpoint.status === "suspended") await lucca.deleteWebhookEndpoint(endpoint.id);
}
