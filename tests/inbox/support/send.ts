import { signTestRequest } from "@lucca-events/2024-11-01/testing";

export const SECRET = "inbox-test-secret";

/** POSTs one signed delivery (an event object or a raw body) and returns the HTTP status. */
export async function sendSigned(url: string, body: object | string, secret = SECRET) {
  const signed = await signTestRequest(body, secret, { url });
  const response = await fetch(url, {
    method: "POST",
    headers: signed.headers,
    body: await signed.text(),
  });
  return { status: response.status, duplicate: response.headers.get("x-duplicate") === "true" };
}
