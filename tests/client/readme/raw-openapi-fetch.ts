import { API_VERSION, type paths } from "@lucca-events/2024-11-01";
import createClient from "openapi-fetch";

// Without createLuccaClient: Api-Version as a default header is enough for the types.
const api = createClient<paths>({
  baseUrl: process.env.LUCCA_BASE_URL,
  headers: { "Api-Version": API_VERSION, authorization: `Bearer ${process.env.LUCCA_TOKEN}` },
});
export const { data } = await api.GET("/lucca-api/webhook-endpoints");
