import { createLuccaClient } from "@lucca-events/2024-11-01/client";

export const lucca = createLuccaClient({
  baseUrl: process.env.LUCCA_BASE_URL!, // the tenant, e.g. https://example.ilucca.net
  clientId: process.env.LUCCA_CLIENT_ID!,
  clientSecret: process.env.LUCCA_CLIENT_SECRET!,
  scopes: ["webhook-endpoints.readwrite"],
  // Lucca's global token endpoint by default; set it for a proxy or a test server.
  tokenUrl: process.env.LUCCA_TOKEN_URL,
});
