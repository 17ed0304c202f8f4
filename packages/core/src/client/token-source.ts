import { raceAbort } from "./abortable-wait.js";
import { LuccaApiError } from "./lucca-api-error.js";

/**
 * Lucca's one token endpoint for every tenant (Lucca API documentation, "Authentication").
 * Overridable for tests and proxies.
 */
export const DEFAULT_TOKEN_URL = "https://accounts.world.luccasoftware.com/connect/token";

/** How {@link createTokenSource} asks for tokens. */
export interface TokenSourceOptions {
  clientId: string;
  clientSecret: string;
  /** Space-joined into the `scope` field; omitted when empty (the client's granted scopes apply). */
  scopes?: readonly string[];
  /** Default {@link DEFAULT_TOKEN_URL}. */
  tokenUrl?: string;
  /** The fetch that sends the token request (the client passes its retrying one). */
  fetch: (request: Request) => Promise<Response>;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/** A cached OAuth 2.0 client-credentials token, renewed before it expires. */
export interface TokenSource {
  /** A valid access token; one request serves every concurrent caller. */
  token(signal?: AbortSignal | null): Promise<string>;
  /** Forgets `token` after the API refused it (401), unless a newer one already replaced it. */
  invalidate(token: string): void;
}

interface CachedToken {
  value: string;
  /** Epoch ms after which the token is renewed instead of used. */
  renewAt: number;
}

/**
 * Builds the token cache. A token is renewed once 90 % of its `expires_in` has passed (at most
 * 60 s before it ends), so a long pagination never sends one that expires in flight; concurrent
 * callers share a single pending request (single flight).
 *
 * @example
 * const tokens = createTokenSource({ clientId, clientSecret, fetch: globalThis.fetch });
 * const headers = { authorization: `Bearer ${await tokens.token()}` };
 */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now;
  const tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;

  async function request(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      client_secret: options.clientSecret,
    });
    if (options.scopes && options.scopes.length > 0) form.set("scope", options.scopes.join(" "));
    const sentAt = now();
    const response = await options.fetch(
      new Request(tokenUrl, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: form.toString(),
      }),
    );
    const operation = `POST ${new URL(tokenUrl).pathname}`;
    const text = await response.text();
    if (!response.ok) throw new LuccaApiError(operation, response.status, text);
    const answer = parseTokenAnswer(text);
    if (answer === undefined) throw new LuccaApiError(operation, response.status, text);
    const lifetimeMs = answer.expiresIn * 1000;
    cached = {
      value: answer.accessToken,
      renewAt: sentAt + lifetimeMs - Math.min(60_000, lifetimeMs / 10),
    };
    return answer.accessToken;
  }

  return {
    token(signal) {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.value);
      pending ??= request().finally(() => {
        pending = undefined;
      });
      return raceAbort(pending, signal);
    },
    invalidate(token) {
      if (cached?.value === token) cached = undefined;
    },
  };
}

function parseTokenAnswer(text: string): { accessToken: string; expiresIn: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  const { access_token: accessToken, expires_in: expiresIn } = value as Record<string, unknown>;
  if (typeof accessToken !== "string" || accessToken === "") return undefined;
  // RFC 6749 §5.1: expires_in is RECOMMENDED, not required; Lucca sends 1800 (30 minutes).
  const seconds = typeof expiresIn === "number" && expiresIn >= 0 ? expiresIn : 1800;
  return { accessToken, expiresIn: seconds };
}
