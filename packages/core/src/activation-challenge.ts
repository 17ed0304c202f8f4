/** The query parameters Lucca's activation GET may carry; the docs disagree on the name (FACTS §3). */
export const CHALLENGE_PARAMETERS = ["echo", "challenge"] as const;

/**
 * Returns the activation challenge a GET carries (`?echo=` or `?challenge=`), or `undefined`.
 * Percent-escapes are decoded but `+` is kept: a random token is far more likely to contain a
 * literal `+` than a form-encoded space, and echoing it changed would fail the activation.
 *
 * @example
 * readChallenge(new URL("https://x.test/hook?echo=iusiof24dsfxvc%C3%A7834")); // "iusiof24dsfxvcç834"
 */
export function readChallenge(url: URL): string | undefined {
  const pairs = url.search.slice(1).split("&");
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
export function challengeResponse(value: string): Response {
  return new Response(value, {
    status: 200,
    // nosniff: the value is attacker-chosen, so browsers must never render it as HTML.
    headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
  });
}

// A malformed escape (`%zz`) is echoed as sent rather than failing the activation.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
