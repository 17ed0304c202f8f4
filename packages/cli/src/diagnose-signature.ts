import { createHmac, timingSafeEqual } from "node:crypto";
import { DEFAULT_TOLERANCE_SECONDS, verifySignature } from "./lucca-version.js";

/** What {@link diagnoseSignature} is given: a delivery as saved, and the secret at hand. */
export interface DeliveryToCheck {
  body: Uint8Array;
  secret: string;
  timestamp: string;
  signature: string;
  /** Default 300 s, as Lucca documents. */
  toleranceSeconds?: number;
  now?: () => number;
}

/** The verdict: verified, or the reason and the likely causes found, most specific first. */
export type Diagnosis = { ok: true } | { ok: false; reason: string; causes: string[] };

/**
 * Verifies a delivery with the library's own verifier; when it fails, recomputes the signature
 * under the mistakes that most often break one and names those that would make it match.
 */
export async function diagnoseSignature(delivery: DeliveryToCheck): Promise<Diagnosis> {
  const { body, secret, timestamp, signature } = delivery;
  if (secret !== secret.trim()) return diagnoseUntrimmedSecret(delivery);
  const result = await verifySignature({
    body,
    secret,
    timestamp,
    signature,
    toleranceSeconds: delivery.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    ...(delivery.now ? { now: delivery.now } : {}),
  });
  if (result.ok) return { ok: true };
  const given = signature.trim();
  const matches = (
    key: string | Buffer,
    bytes: Uint8Array,
    encoding: "base64" | "hex" = "base64",
  ) =>
    safeEqual(
      hmac(key, timestamp.trim(), bytes).toString(encoding),
      encoding === "hex" ? given.toLowerCase() : given,
    );
  const causes: string[] = [];
  if (result.reason === "timestamp_too_old" || result.reason === "timestamp_in_future") {
    causes.push(
      matches(secret, body)
        ? "the signature is right but the timestamp is outside the ±5 minute window: a clock off, a replay, or a stored delivery checked late"
        : "the timestamp is outside the ±5 minute window (and the signature does not match either)",
    );
    return { ok: false, reason: result.reason, causes };
  }
  if (/^[0-9a-f]{64}$/i.test(given) && matches(secret, body, "hex")) {
    causes.push("the signature is in hex: Lucca sends Base64 of the HMAC-SHA256");
  }
  const decoded = base64urlBytes(secret);
  if (decoded && matches(decoded, body)) {
    causes.push(
      "the signature matches an HMAC keyed with the secret's base64url-decoded bytes, not with the secret as text (UTF-8) as Lucca's samples and this library do",
    );
  }
  const reserialized = reserializations(body).find((variant) => matches(secret, variant.bytes));
  if (reserialized) {
    causes.push(
      `the body was re-serialized (${reserialized.how}): verify the raw bytes as received, before any JSON parsing`,
    );
  } else if (differsFromCompactJson(body) && causes.length === 0) {
    causes.push(
      "the body is JSON but not in the compact form Lucca sends: it may have been re-serialized (whitespace or key order differs); verify the raw bytes as received",
    );
  }
  if (causes.length === 0) {
    causes.push(
      "no common mistake explains it: the secret is another endpoint's (or was rotated), or the body or timestamp changed on the way",
    );
  }
  return { ok: false, reason: result.reason, causes };
}

function hmac(key: string | Buffer, timestamp: string, body: Uint8Array): Buffer {
  return createHmac("sha256", key).update(`${timestamp}.`).update(body).digest();
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function base64urlBytes(secret: string): Buffer | undefined {
  const text = secret.trim();
  return /^[A-Za-z0-9_-]+={0,2}$/.test(text) && text.length >= 16
    ? Buffer.from(text, "base64url")
    : undefined;
}

/** The original body, guessed back from a re-serialized one: other spacings, key orders, line ends. */
function reserializations(body: Uint8Array): { how: string; bytes: Uint8Array }[] {
  const text = new TextDecoder().decode(body);
  const variants: { how: string; text: string }[] = [
    { how: "a trailing newline was added", text: text.replace(/\r?\n$/, "") },
    { how: "its trailing newline was removed", text: `${text}\n` },
    { how: "line ends were changed", text: text.replace(/\r\n/g, "\n") },
  ];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value !== undefined) {
    for (const [how, indent] of [
      ["whitespace differs", undefined],
      ["indented with 2 spaces", 2],
      ["indented with 4 spaces", 4],
      ["indented with tabs", "\t"],
    ] as const) {
      variants.push({ how, text: JSON.stringify(value, null, indent) });
      variants.push({
        how: `${how}, key order differs`,
        text: JSON.stringify(sortKeys(value), null, indent),
      });
    }
  }
  return variants
    .filter((v) => v.text !== text)
    .map((v) => ({ how: v.how, bytes: new TextEncoder().encode(v.text) }));
}

function differsFromCompactJson(body: Uint8Array): boolean {
  const text = new TextDecoder().decode(body);
  try {
    return JSON.stringify(JSON.parse(text)) !== text;
  } catch {
    return false;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

// The verifier refuses a secret with surrounding whitespace outright (Lucca's secrets have none):
// say so, and whether the trimmed secret verifies the delivery.
async function diagnoseUntrimmedSecret(delivery: DeliveryToCheck): Promise<Diagnosis> {
  const cause = "the secret ends with a newline or spaces (read from a file?): use it without them";
  const trimmed = await diagnoseSignature({ ...delivery, secret: delivery.secret.trim() });
  if (trimmed.ok) return { ok: false, reason: "secret_whitespace", causes: [cause] };
  return { ok: false, reason: trimmed.reason, causes: [cause, ...trimmed.causes] };
}
