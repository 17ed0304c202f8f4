import { createLuccaClient, LuccaApiError } from "@lucca-events/2024-11-01/client";
import { afterEach, describe, expect, it } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../lucca-api-server/index.js";
import { credentialsOf } from "./credentials.js";

let lucca: LuccaApiServer;
afterEach(() => lucca.close());

describe("client runtime", () => {
  it("asks for one token for many concurrent calls", async () => {
    lucca = await startLuccaApiServer();
    const client = createLuccaClient(credentialsOf(lucca));
    await Promise.all(Array.from({ length: 10 }, () => client.listWebhookEndpoints()));
    expect(lucca.tokensIssued()).toBe(1);
    expect(
      lucca.requests.filter((r) => r.operation === "GET /lucca-api/webhook-endpoints"),
    ).toHaveLength(10);
  });

  it("renews a token before it expires instead of sending it stale", async () => {
    // 1 s tokens; the 1 s Retry-After wait outlives the first one (renewed at 90 % of its life).
    lucca = await startLuccaApiServer({
      tokenExpiresIn: 1,
      faults: [
        { operation: "GET /lucca-api/webhook-endpoints", at: 1, status: 429, retryAfter: "1" },
      ],
    });
    await createLuccaClient(credentialsOf(lucca)).listWebhookEndpoints();
    expect(lucca.tokensIssued()).toBe(2);
    expect(lucca.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it("renews once on 401 and then reports the refusal", async () => {
    lucca = await startLuccaApiServer({ tokenMaxUses: 0 });
    const error = await createLuccaClient(credentialsOf(lucca))
      .listWebhookEndpoints()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "LuccaApiError", status: 401 });
    expect(lucca.tokensIssued()).toBe(2);
  });

  it("stops retrying after maxAttempts and reports the last status", async () => {
    lucca = await startLuccaApiServer({
      faults: [{ operation: "GET /lucca-api/webhook-endpoints", at: 1, times: 10, status: 503 }],
    });
    const client = createLuccaClient({
      ...credentialsOf(lucca),
      retry: { maxAttempts: 3, baseDelayMs: 1 },
    });
    const error = await client.listWebhookEndpoints().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LuccaApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(lucca.requests.filter((r) => r.status === 503)).toHaveLength(3);
  });

  it("does not schedule a retry past maxElapsedMs", async () => {
    lucca = await startLuccaApiServer({
      faults: [
        { operation: "GET /lucca-api/webhook-endpoints", at: 1, status: 429, retryAfter: "120" },
      ],
    });
    const client = createLuccaClient({ ...credentialsOf(lucca), retry: { maxElapsedMs: 60_000 } });
    await expect(client.listWebhookEndpoints()).rejects.toMatchObject({ status: 429 });
    expect(lucca.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it("retries the token endpoint too", async () => {
    lucca = await startLuccaApiServer({ faults: [{ operation: "token", at: 1, status: 503 }] });
    const client = createLuccaClient({ ...credentialsOf(lucca), retry: { baseDelayMs: 1 } });
    await expect(client.listWebhookEndpoints()).resolves.toEqual([]);
    expect(lucca.requests.filter((r) => r.operation === "token").map((r) => r.status)).toEqual([
      503, 200,
    ]);
  });

  it("stops waiting when the signal aborts", async () => {
    lucca = await startLuccaApiServer({
      faults: [
        { operation: "GET /lucca-api/webhook-endpoints", at: 1, status: 429, retryAfter: "30" },
      ],
    });
    const controller = new AbortController();
    const client = createLuccaClient({
      ...credentialsOf(lucca),
      retry: { onRetry: () => controller.abort(new Error("user gave up")) },
    });
    await expect(client.listWebhookEndpoints({ signal: controller.signal })).rejects.toThrow(
      "user gave up",
    );
    expect(lucca.requests.filter((r) => r.operation !== "token")).toHaveLength(1);
  });

  it("reports wrong credentials as a LuccaApiError from the token endpoint", async () => {
    lucca = await startLuccaApiServer();
    const client = createLuccaClient({ ...credentialsOf(lucca), clientSecret: "wrong" });
    const error = await client.listWebhookEndpoints().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, operation: "POST /connect/token" });
    expect(String((error as Error).message)).not.toContain("wrong");
  });

  it("sends scopes space-separated", async () => {
    lucca = await startLuccaApiServer();
    const scopes = ["webhook-endpoints.readwrite", "employees.readonly"];
    await createLuccaClient({ ...credentialsOf(lucca), scopes }).listWebhookEndpoints();
    expect(new URLSearchParams(lucca.requests[0]!.body).get("scope")).toBe(scopes.join(" "));
  });
});

describe("the test server's spec check", () => {
  it("answers 400 and names the problem when a request breaks the spec", async () => {
    lucca = await startLuccaApiServer();
    const token = await lucca.accessToken();
    const response = await fetch(`${lucca.url}/lucca-api/webhook-endpoints?limit=0&sort=id`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "", topics: "employee.created" }),
    });
    expect(response.status).toBe(400);
    const problems = lucca.problems().join("\n");
    expect(problems).toContain("header Api-Version: required");
    expect(problems).toContain("query parameter limit: not defined");
    expect(problems).toContain("request body:");
  });
});
