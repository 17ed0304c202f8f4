import { createLuccaClient, LuccaApiError } from "@lucca-events/2024-11-01/client";
import { afterEach, describe, expect, it } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../lucca-api-server/index.js";
import { credentialsOf } from "./credentials.js";

let lucca: LuccaApiServer;
afterEach(() => lucca.close());

describe("client webhook-endpoint helpers", () => {
  it("creates an endpoint (secret included), lists it over pages and deletes it", async () => {
    lucca = await startLuccaApiServer({ defaultLimit: 2 });
    const client = createLuccaClient(credentialsOf(lucca));

    const created = await client.createWebhookEndpoint({
      name: "HR sync",
      webhookUrl: "https://hooks.example.com/lucca",
      topics: ["employee.created", "employee.updated"],
      extraTopics: ["payroll-run.created"],
    });
    expect(created.secret.length).toBeGreaterThan(32);
    expect(created.topics).toEqual(["employee.created", "employee.updated", "payroll-run.created"]);
    expect(created.apiVersion).toBe("2024-11-01");
    for (const name of ["two", "three"]) {
      await client.createWebhookEndpoint({ name, webhookUrl: "https://h.example.com", topics: [] });
    }

    const listed = await client.listWebhookEndpoints();
    expect(listed.map((e) => e.name)).toEqual(["HR sync", "two", "three"]);
    expect(listed.some((e) => "secret" in e)).toBe(false);

    await client.deleteWebhookEndpoint(created.id);
    expect((await client.listWebhookEndpoints()).map((e) => e.name)).toEqual(["two", "three"]);
    const error = await client.deleteWebhookEndpoint(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LuccaApiError);
    expect(error).toMatchObject({
      status: 404,
      operation: "DELETE /lucca-api/webhook-endpoints/{id}",
    });
    expect(lucca.problems()).toEqual([]);
  });

  it("sends a body the spec accepts, with the bearer token and Api-Version", async () => {
    lucca = await startLuccaApiServer();
    await createLuccaClient(credentialsOf(lucca)).createWebhookEndpoint({
      name: "x",
      webhookUrl: "https://hooks.example.com/lucca",
      topics: ["leave.created"],
    });
    const [token, create] = lucca.requests;
    expect(token!.operation).toBe("token");
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
      grant_type: "client_credentials",
      client_id: lucca.clientId,
      client_secret: lucca.clientSecret,
    });
    expect(create!.operation).toBe("POST /lucca-api/webhook-endpoints");
    expect(create!.headers.get("authorization")).toBe("Bearer test-token-1");
    expect(JSON.parse(create!.body)).toEqual({
      name: "x",
      apiVersion: "2024-11-01",
      webhookUrl: "https://hooks.example.com/lucca",
      topics: ["leave.created"],
    });
    expect(lucca.problems()).toEqual([]);
  });
});
