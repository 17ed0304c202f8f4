import { describe, expect, it, vi } from "vitest";
import { createWebhookHandler } from "../../packages/api-2024-11-01/src/index.js";
import { createTestEvent, signTestRequest } from "../../packages/api-2024-11-01/src/testing.js";
import type { SecretResolver } from "../../packages/core/src/handler/handler-options.js";

// A multi-tenant receiver under attack: each tenant has its own endpoint path, secret and Lucca
// URL. Each case ends in 401 (or 500 for a broken resolver), never in another tenant's event.
const TENANTS: Record<string, { secret: string; source: string }> = {
  t7: { secret: "secret-7", source: "https://tenant-7.ilucca.net" },
  t42: { secret: "secret-42", source: "https://tenant-42.ilucca.net" },
};
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });
const byId = new Map(Object.entries(TENANTS));
const byPath: SecretResolver = ({ url }) => byId.get(new URL(url).pathname.split("/")[2] ?? "");

async function deliver(path: string, secret: string, source: string) {
  const event = createTestEvent("employee.created", { source });
  return signTestRequest(event, secret, { url: `https://hooks.test${path}` });
}

describe("hostile multi-tenant deliveries", () => {
  it.each([
    [
      "tenant 42's event signed with tenant 7's secret, sent to tenant 7",
      "/lucca/t7",
      "secret-7",
      "https://tenant-42.ilucca.net",
    ],
    [
      "tenant 42's event signed with tenant 7's secret, sent to tenant 42",
      "/lucca/t42",
      "secret-7",
      "https://tenant-42.ilucca.net",
    ],
    [
      "a source differing only by a path",
      "/lucca/t7",
      "secret-7",
      "https://tenant-7.ilucca.net/evil",
    ],
    [
      "a source on another host that embeds the tenant's",
      "/lucca/t7",
      "secret-7",
      "https://tenant-7.ilucca.net.evil.test",
    ],
    ["an unknown tenant path", "/lucca/t999", "secret-7", "https://tenant-7.ilucca.net"],
    [
      "a path traversal to another tenant",
      "/lucca/..%2Ft42",
      "secret-42",
      "https://tenant-42.ilucca.net",
    ],
    [
      "an inherited key as tenant id",
      "/lucca/__proto__",
      "secret-7",
      "https://tenant-7.ilucca.net",
    ],
  ])("%s → 401", async (_name, path, secret, source) => {
    const onCreated = vi.fn();
    const handler = createWebhookHandler({
      secret: byPath,
      on: { "employee.created": onCreated },
      logger: quiet(),
    });
    expect((await handler(await deliver(path, secret, source))).status).toBe(401);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("accepts the tenant's own event, whatever the case of its host or a trailing slash", async () => {
    const handler = createWebhookHandler({ secret: byPath, on: {}, logger: quiet() });
    for (const source of ["https://tenant-7.ilucca.net", "https://TENANT-7.ilucca.net/"]) {
      expect((await handler(await deliver("/lucca/t7", "secret-7", source))).status).toBe(202);
    }
  });

  it.each([
    [
      "throws",
      () => {
        throw new Error("tenant store down");
      },
    ],
    ["rejects", () => Promise.reject(new Error("tenant store down"))],
    ["returns a number", () => 42 as never],
    ["returns an empty list", () => []],
  ])("a resolver that %s → 500, and the handler resolves", async (_name, resolver) => {
    const handler = createWebhookHandler({
      secret: resolver as SecretResolver,
      on: {},
      logger: quiet(),
    });
    const response = await handler(await deliver("/lucca/t7", "secret-7", TENANTS["t7"]!.source));
    expect(response.status).toBe(500);
  });
});
