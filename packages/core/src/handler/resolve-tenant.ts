import { ConfigurationError } from "../errors/lucca-events-errors.js";
import type { SecretInput } from "../signature/signature-options.js";
import { readSecrets } from "../signature/signature-options.js";
import type { SignatureConfig } from "../signature/verify-signature.js";
import type { DeliveryRequestInfo, SecretResolver, TenantDescriptor } from "./handler-options.js";

/** The keys to verify one delivery with, and the tenant they belong to. */
export type ResolvedTenant =
  { ok: true; signature: SignatureConfig; tenant: TenantDescriptor | undefined } | { ok: false };

/**
 * Resolves the secret for one delivery: a fixed secret is checked once at construction (`fixed`)
 * and handed over synchronously; a resolver runs per delivery, and its answer is checked like a
 * fixed secret would be.
 */
export function tenantResolver(
  secret: SecretInput | SecretResolver,
  base: Omit<SignatureConfig, "secrets">,
): (request: DeliveryRequestInfo) => ResolvedTenant | Promise<ResolvedTenant> {
  if (typeof secret !== "function") {
    const fixed: ResolvedTenant = {
      ok: true,
      signature: { ...base, secrets: readSecrets(secret, "createWebhookHandler()") },
      tenant: undefined,
    };
    return () => fixed;
  }
  return async (request) => {
    const answer = await secret(request);
    if (answer === undefined || answer === null) return { ok: false };
    const tenant = isDescriptor(answer) ? answer : undefined;
    const keys = tenant === undefined ? answer : tenant.secret;
    const secrets = readSecrets(keys, "the secret resolver's answer");
    if (tenant?.source !== undefined && typeof tenant.source !== "string") {
      throw new ConfigurationError("a tenant's source must be its Lucca URL as a string.");
    }
    // A literal, not `{ ...base, secrets }`: V8 in Node 20 builds a spread with an added key
    // through the runtime, about 1 µs per delivery.
    const signature = { secrets, toleranceMs: base.toleranceMs, clock: base.clock };
    return { ok: true, signature, tenant };
  };
}

function isDescriptor(value: unknown): value is TenantDescriptor {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array) &&
    "secret" in value
  );
}

/**
 * Tells whether an event's `source` is the tenant's Lucca URL; a trailing slash and the case of
 * the host do not matter (RFC 3986 §6.2.2.1: the host is case-insensitive).
 */
export function sourceMatches(expected: string, actual: unknown): boolean {
  return typeof actual === "string" && normalize(actual) === normalize(expected);
}

function normalize(url: string): string {
  return url.replace(/\/+$/, "").toLowerCase();
}
