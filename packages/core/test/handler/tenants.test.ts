import { describe, expect, it, vi } from "vitest";
import { signTestRequest } from "../../src/testing.js";
import type { DeliveryRequestInfo } from "../../src/handler/handler-options.js";
import { TIMESTAMP, createWebhookHandler, examples, now } from "../fixtures/fixture-events.js";

const created = examples["employee.created"]; // source: https://acme.ilucca.net
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });

// 500 tenants, one endpoint and one secret each, as a company integrating many Lucca customers has.
const TENANTS = new Map(
  Array.from({ length: 500 }, (_, i) => [
    `t${i}`,
    { secret: `secret-of-tenant-${i}`, source: `https://tenant-${i}.ilucca.net` },
  ]),
);
TENANTS.set("acme", { secret: "secret-of-acme", source: "https://acme.ilucca.net" });

const tenantOf = (request: DeliveryRequestInfo) =>
  TENANTS.get(new URL(request.url).pathname.split("/").pop() ?? "");

const deliver = (tenant: string, secret: string, payload: object = created) =>
  signTestRequest(payload, secret, {
    timestamp: TIMESTAMP,
    url: `https://hooks.example.test/lucca/${tenant}`,
  });

describe("many tenants, one receiver", () => {
  it("verifies with the secret the resolver returns for the request, and passes the tenant on", async () => {
    const onCreated = vi.fn();
    const resolver = vi.fn(tenantOf);
    const handler = createWebhookHandler({
      secret: resolver,
      now,
      on: { "employee.created": onCreated },
    });
    const response = await handler(await deliver("acme", "secret-of-acme"));
    expect(response.status).toBe(202);
    expect(resolver).toHaveBeenCalledOnce();
    expect(resolver.mock.calls[0]?.[0]).toMatchObject({
      method: "POST",
      url: "https://hooks.example.test/lucca/acme",
      params: {},
    });
    expect(onCreated).toHaveBeenCalledExactlyOnceWith(
      created,
      expect.objectContaining({
        tenant: { secret: "secret-of-acme", source: "https://acme.ilucca.net" },
        request: expect.objectContaining({ url: "https://hooks.example.test/lucca/acme" }),
      }),
    );
  });

  it("answers 401 when the event's source is not the tenant's: one tenant's secret never vouches for another", async () => {
    const log = quiet();
    const onCreated = vi.fn();
    const handler = createWebhookHandler({
      secret: tenantOf,
      now,
      on: { "employee.created": onCreated },
      logger: log,
    });
    // Tenant 7's endpoint, tenant 7's secret, but an event claiming to come from acme.
    const response = await handler(await deliver("t7", "secret-of-tenant-7"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: "unauthorized" });
    expect(onCreated).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("source_mismatch"));
  });

  it("answers 401 to another tenant's secret and to an unknown tenant", async () => {
    const log = quiet();
    const handler = createWebhookHandler({ secret: tenantOf, now, on: {}, logger: log });
    expect((await handler(await deliver("acme", "secret-of-tenant-7"))).status).toBe(401);
    expect((await handler(await deliver("nobody", "secret-of-acme"))).status).toBe(401);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("unknown_tenant"));
  });

  it("takes an async resolver returning plain secrets (a rotation list), with path parameters", async () => {
    const handler = createWebhookHandler({
      secret: async ({ params }) =>
        params["tenant"] === "acme" ? ["old", "secret-of-acme"] : undefined,
      now,
      on: {},
      logger: quiet(),
    });
    const request = await deliver("acme", "secret-of-acme");
    expect((await handler(request, { params: { tenant: "acme" } })).status).toBe(202);
    const other = await deliver("acme", "secret-of-acme");
    expect((await handler(other, { params: { tenant: "x" } })).status).toBe(401);
  });

  it("answers 500 with the fix when the resolver returns an unusable secret, and logs it", async () => {
    const log = quiet();
    const handler = createWebhookHandler({ secret: () => "secret\n", now, on: {}, logger: log });
    const response = await handler(await deliver("acme", "secret"));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: "configuration_error" });
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("surrounding whitespace"));
  });

  it("resolves per delivery, caching nothing across deliveries", async () => {
    let current = "first";
    const resolver = vi.fn(() => current);
    const handler = createWebhookHandler({ secret: resolver, now, on: {}, logger: quiet() });
    expect((await handler(await deliver("x", "first"))).status).toBe(202);
    current = "second";
    expect((await handler(await deliver("x", "first"))).status).toBe(401);
    expect((await handler(await deliver("x", "second"))).status).toBe(202);
    expect(resolver).toHaveBeenCalledTimes(3);
  });
});

describe("path parameters from the host", () => {
  it("accepts Next.js 15's promised params, and a rejected one as none", async () => {
    const seen: unknown[] = [];
    const handler = createWebhookHandler({
      secret: ({ params }) => {
        seen.push(params);
        return "secret-of-acme";
      },
      now,
      on: {},
      logger: quiet(),
    });
    const first = await deliver("acme", "secret-of-acme");
    expect((await handler(first, { params: Promise.resolve({ tenant: "acme" }) })).status).toBe(
      202,
    );
    const second = await deliver("acme", "secret-of-acme");
    expect((await handler(second, { params: Promise.reject(new Error("no")) })).status).toBe(202);
    expect(seen).toEqual([{ tenant: "acme" }, {}]);
  });
});
