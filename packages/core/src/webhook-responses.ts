/**
 * The small JSON bodies the webhook handler answers with. They name the outcome only: no secret,
 * signature detail or validation issue is echoed back to the caller.
 */
export const webhookResponses = {
  accepted: () => json(202, { ok: true }),
  invalidEvent: (reason: string) => json(400, { ok: false, error: "invalid_event", reason }),
  invalidJson: () => json(400, { ok: false, error: "invalid_json" }),
  unauthorized: () => json(401, { ok: false, error: "unauthorized" }),
  tooLarge: () => json(413, { ok: false, error: "payload_too_large" }),
  // 405 rather than 404: Lucca suspends an endpoint at once on 404 or 410 (FACTS §3).
  methodNotAllowed: () =>
    json(405, { ok: false, error: "method_not_allowed" }, { allow: "GET, POST" }),
  internalError: () => json(500, { ok: false, error: "internal_error" }),
};

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}
