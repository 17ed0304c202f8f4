import {
  LuccaApiError,
  type LuccaClientOptions,
  type RetryNotice,
} from "@lucca-events/core/client";
import { listOf, required, stringOf, type Command, type Values } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { note, type CliIo } from "./io.js";

/** The flags of every command that calls Lucca's API. */
export const API_OPTIONS: Command["options"] = {
  "base-url": {
    type: "string",
    placeholder: "url",
    description: "the tenant's URL (LUCCA_BASE_URL), e.g. https://example.ilucca.net",
  },
  "client-id": {
    type: "string",
    placeholder: "id",
    description: "API client id (LUCCA_CLIENT_ID)",
  },
  "client-secret": {
    type: "string",
    placeholder: "secret",
    description: "API client secret (LUCCA_CLIENT_SECRET)",
  },
  "token-url": {
    type: "string",
    placeholder: "url",
    description: "token endpoint (LUCCA_TOKEN_URL); default Lucca's global one",
  },
  scope: {
    type: "string",
    multiple: true,
    placeholder: "scope",
    description: "scope to ask for, e.g. webhook-endpoints.readwrite",
  },
  quiet: { type: "boolean", short: "q", description: "no progress on stderr" },
};

/** Client options from the flags, then the environment; a usage error names what is missing. */
export function clientOptionsOf(values: Values, io: CliIo): LuccaClientOptions {
  const env = io.env;
  const tokenUrl = stringOf(values, "token-url") ?? env.LUCCA_TOKEN_URL;
  const scopes = listOf(values, "scope");
  return {
    baseUrl: required(
      stringOf(values, "base-url") ?? env.LUCCA_BASE_URL,
      "base-url",
      "LUCCA_BASE_URL",
    ),
    clientId: required(
      stringOf(values, "client-id") ?? env.LUCCA_CLIENT_ID,
      "client-id",
      "LUCCA_CLIENT_ID",
    ),
    clientSecret: required(
      stringOf(values, "client-secret") ?? env.LUCCA_CLIENT_SECRET,
      "client-secret",
      "LUCCA_CLIENT_SECRET",
    ),
    ...(tokenUrl ? { tokenUrl } : {}),
    ...(scopes.length > 0 ? { scopes } : {}),
    retry: { onRetry: values.quiet === true ? undefined : (notice) => note(io, retryLine(notice)) },
  };
}

function retryLine({ status, delayMs, attempt, operation }: RetryNotice): string {
  return `${operation} answered ${status}: try ${attempt + 1} in ${(delayMs / 1000).toFixed(1)} s`;
}

/**
 * Runs an API command; a Lucca error or an unreachable host is printed and exits 3. The message
 * names the call and status only: the answer's body goes to stderr, credentials never.
 */
export async function withApi(io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof LuccaApiError) {
      note(
        io,
        `lucca-events: ${error.message}${error.body ? `: ${error.body.slice(0, 500)}` : ""}`,
      );
      if (error.status === 401) note(io, "check the client id and secret, and the token URL");
      if (error.status === 403) note(io, "the API client lacks a scope this call needs");
      return EXIT.apiError;
    }
    if (error instanceof TypeError && /fetch failed/.test(error.message)) {
      const cause = (error.cause as Error | undefined)?.message ?? error.message;
      note(io, `lucca-events: cannot reach Lucca: ${cause}`);
      return EXIT.apiError;
    }
    throw error;
  }
}
