import type { LuccaEvent, paths, UnknownLuccaEvent } from "@lucca-events/2024-11-01";
import { createLuccaClient, type LuccaPolledEvent } from "@lucca-events/2024-11-01/client";
import createClient from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";

const lucca = createLuccaClient({
  baseUrl: "https://example.ilucca.net",
  clientId: "id",
  clientSecret: "s",
});

describe("client types", () => {
  it("lets raw openapi-fetch users leave Api-Version to a default header", () => {
    const raw = createClient<paths>({
      baseUrl: "https://example.ilucca.net",
      headers: { "Api-Version": "2024-11-01" },
    });
    const list = () => raw.GET("/lucca-api/events", { params: { query: { status: "failed" } } });
    const get = () => raw.GET("/lucca-api/events/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(list).returns.resolves.toHaveProperty("data");
    expectTypeOf(get).returns.resolves.toHaveProperty("data");
  });

  it("types createWebhookEndpoint topics as the version's, with extraTopics as the escape hatch", () => {
    const create = (topics: ["employee.craeted"]) =>
      // @ts-expect-error a misspelt topic does not compile
      lucca.createWebhookEndpoint({ name: "x", webhookUrl: "https://h.example.com", topics });
    void create;
    void lucca.createWebhookEndpoint({
      name: "x",
      webhookUrl: "https://h.example.com",
      topics: ["employee.created"],
      extraTopics: ["payroll-run.created"],
    });
    expectTypeOf(lucca.createWebhookEndpoint)
      .returns.resolves.toHaveProperty("secret")
      .toEqualTypeOf<string>();
  });

  it("narrows polled events to LuccaEvent, UnknownLuccaEvent or an invalid item", () => {
    const polled = {} as LuccaPolledEvent;
    expectTypeOf(polled.raw).toEqualTypeOf<unknown>();
    if (polled.ok) expectTypeOf(polled.event).toEqualTypeOf<LuccaEvent>();
    else if (polled.reason === "unknown_topic")
      expectTypeOf(polled.event).toEqualTypeOf<UnknownLuccaEvent>();
    else expectTypeOf(polled).not.toHaveProperty("event");
    expectTypeOf(lucca.events()).toMatchTypeOf<AsyncIterable<LuccaPolledEvent>>();
  });
});
