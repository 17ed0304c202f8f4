import {
  createWebhookHandler,
  dispatch,
  type TopicHandlers,
  type LuccaEvent,
} from "@lucca-events/2024-11-01";
import { createLuccaClient } from "@lucca-events/2024-11-01/client";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { afterEach, describe, expect, it } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../lucca-api-server/index.js";
import { credentialsOf } from "./credentials.js";

let lucca: LuccaApiServer;
afterEach(() => lucca.close());

describe("one set of handlers for pushed and polled events", () => {
  it("processes a webhook delivery and a listed event with the same on object", async () => {
    const seen: string[] = [];
    const on = {
      "employee.created": (event) => void seen.push(`created ${event.data.id}`),
      "leave.updated": (event) => void seen.push(`leave ${event.id}`),
    } satisfies TopicHandlers<LuccaEvent, unknown>;
    const secret = "whsec-test";
    const pushed = createTestEvent("employee.created", { data: { id: "pushed" } });
    const handler = createWebhookHandler({ secret, on });
    expect((await handler(await signTestRequest(pushed, secret))).status).toBe(202);

    lucca = await startLuccaApiServer({
      events: [
        createTestEvent("employee.created", { data: { id: "polled" } }),
        createTestEvent("leave.updated", { id: "l1" }),
      ],
    });
    for await (const polled of createLuccaClient(credentialsOf(lucca)).events()) {
      if (polled.ok) await dispatch(polled.event, on, undefined);
    }
    expect(seen).toEqual(["created pushed", "created polled", "leave l1"]);
  });
});
