import type { LuccaApiServer } from "../lucca-api-server/index.js";

/** The options that point a client at the test server. */
export function credentialsOf(lucca: LuccaApiServer) {
  return {
    baseUrl: lucca.url,
    tokenUrl: lucca.tokenUrl,
    clientId: lucca.clientId,
    clientSecret: lucca.clientSecret,
  };
}
