/** Tokens the server issued, with when they stop working. */
export class TokenStore {
  private readonly live = new Map<string, { expiresAt: number; uses: number }>();
  /** How many tokens were issued so far. */
  issued = 0;

  constructor(
    private readonly expiresIn: number,
    private readonly maxUses: number,
  ) {}

  issue(): { access_token: string; token_type: "Bearer"; expires_in: number } {
    this.issued += 1;
    const token = `test-token-${this.issued}`;
    this.live.set(token, { expiresAt: Date.now() + this.expiresIn * 1000, uses: 0 });
    return { access_token: token, token_type: "Bearer", expires_in: this.expiresIn };
  }

  /** Counts one use of the bearer token; false when it is unknown, expired or used up. */
  use(authorization: string | null): boolean {
    const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
    const entry = token === undefined ? undefined : this.live.get(token);
    if (!entry || Date.now() >= entry.expiresAt || entry.uses >= this.maxUses) return false;
    entry.uses += 1;
    return true;
  }
}

/**
 * The OAuth 2.0 client-credentials grant as Lucca's token endpoint serves it (Lucca API
 * documentation, "Authentication"; RFC 6749 §4.4): a form-encoded POST, an RFC 6749 §5.2 error
 * for a wrong client.
 */
export function answerTokenRequest(
  request: { method: string; headers: Headers; body: string },
  client: { clientId: string; clientSecret: string },
  tokens: TokenStore,
): { status: number; body: unknown; problems: string[] } {
  const problems: string[] = [];
  if (request.method !== "POST") problems.push("token endpoint: POST only");
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    problems.push(`token endpoint: content-type ${type || "(none)"}, not form-encoded`);
  }
  const form = new URLSearchParams(request.body);
  if (form.get("grant_type") !== "client_credentials") problems.push("token endpoint: grant_type");
  if (problems.length > 0) return { status: 400, body: { error: "invalid_request" }, problems };
  if (
    form.get("client_id") !== client.clientId ||
    form.get("client_secret") !== client.clientSecret
  ) {
    return { status: 401, body: { error: "invalid_client" }, problems };
  }
  return { status: 200, body: tokens.issue(), problems };
}
