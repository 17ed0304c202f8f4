import type { OutcomeResponse } from "../delivery/outcomes.js";

/**
 * The query parameters Lucca's activation GET may carry: Lucca's "Activate an endpoint" page names
 * it `echo` in one published version and `challenge` in another.
 */
export const CHALLENGE_PARAMETERS = ["echo", "challenge"] as const;

/**
 * Returns the activation challenge a GET carries (`?echo=` or `?challenge=`), or `undefined`.
 * Percent-escapes are decoded but `+` is kept: a random token is far more likely to contain a
 * literal `+` than a form-encoded space, and echoing it changed would fail the activation.
 *
 * @example
 * readChallenge(new URL("https://x.test/hook?echo=iusiof24dsfxvc%C3%A7834")); // "iusiof24dsfxvcç834"
 */
export function readChallenge(url: URL | string): string | undefined {
  const href = typeof url === "string" ? url : url.href;
  const query = href.indexOf("?");
  if (query === -1) return undefined;
  const hash = href.indexOf("#", query);
  const pairs = href.slice(query + 1, hash === -1 ? undefined : hash).split("&");
  for (const name of CHALLENGE_PARAMETERS) {
    for (const pair of pairs) {
      const eq = pair.indexOf("=");
      const key = eq === -1 ? pair : pair.slice(0, eq);
      if (safeDecode(key) === name) return eq === -1 ? "" : safeDecode(pair.slice(eq + 1));
    }
  }
  return undefined;
}

/** The answer Lucca expects to an activation challenge: 200 with the value as plain text. */
export function challengeResponse(value: string): OutcomeResponse {
  return {
    status: 200,
    // nosniff: the value is attacker-chosen, so browsers must never render it as HTML.
    headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
    body: value,
    close: false,
  };
}

// A malformed escape (`%zz`) is echoed as sent rather than failing the activation.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
