import { describe, expectTypeOf, it } from "vitest";
import { hasChanged } from "../../src/validation/event-helpers.js";
import type { ParseWebhookResult } from "../../src/delivery/parse-webhook.js";
import type { DeliveryContext, TenantDescriptor } from "../../src/handler/handler-options.js";
import type { InboxReceiver } from "../../src/handler/inbox-port.js";
import { createTestEventFactory } from "../../src/testing.js";
import {
  type EmployeeCreatedEvent,
  type EmployeeUpdatedEvent,
  type FixtureEvent,
  type FixtureEventMap,
  type UnknownFixtureEvent,
  createWebhookHandler,
  examples,
  parseWebhook,
} from "../fixtures/fixture-events.js";

describe("createWebhookHandler types", () => {
  it("narrows each topic handler to its event", () => {
    createWebhookHandler({
      secret: "s",
      on: {
        "employee.created": (event) => {
          expectTypeOf(event).toEqualTypeOf<EmployeeCreatedEvent>();
          expectTypeOf(event.topic).toEqualTypeOf<"employee.created">();
        },
        "employee.updated": async (event) => {
          expectTypeOf(event).toEqualTypeOf<EmployeeUpdatedEvent>();
        },
      },
      onUnknownTopic: (event) => expectTypeOf(event).toEqualTypeOf<UnknownFixtureEvent>(),
      onError: (_error, event) => {
        expectTypeOf(event).toEqualTypeOf<FixtureEvent | UnknownFixtureEvent | undefined>();
      },
    });
  });

  it("rejects unknown topics and mismatched handlers", () => {
    createWebhookHandler({
      secret: "s",
      on: {
        // @ts-expect-error: not a topic of this version
        "employee.deleted": () => undefined,
      },
    });
    createWebhookHandler({
      secret: "s",
      on: {
        // @ts-expect-error: an updated-event handler cannot take a created event
        "employee.created": (event: EmployeeUpdatedEvent) => event,
      },
    });
    // @ts-expect-error: the secret is required
    createWebhookHandler({ on: {} });
  });

  it("gives every topic handler its delivery context", () => {
    createWebhookHandler({
      secret: (request) => {
        expectTypeOf(request.params).toEqualTypeOf<Readonly<Record<string, string | undefined>>>();
        return { secret: "s", source: "https://acme.ilucca.net", accountId: 7 };
      },
      on: {
        "employee.created": (_event, context) => {
          expectTypeOf(context).toEqualTypeOf<DeliveryContext>();
          expectTypeOf(context.signal).toEqualTypeOf<AbortSignal>();
          expectTypeOf(context.tenant).toEqualTypeOf<TenantDescriptor | undefined>();
        },
      },
    });
  });

  it("takes `on` or `inbox`, never both, never neither", () => {
    const inbox: InboxReceiver = { accept: async () => ({ duplicate: false }) };
    createWebhookHandler({ secret: "s", inbox });
    // @ts-expect-error: both ways of processing events at once
    createWebhookHandler({ secret: "s", inbox, on: {} });
    // @ts-expect-error: no way of processing events
    createWebhookHandler({ secret: "s" });
    createWebhookHandler({ secret: new Uint8Array([1, 2, 3]), on: {} });
  });

  it("types parseWebhook results", async () => {
    const result = await parseWebhook({ body: "", headers: {} }, { secret: "s" });
    expectTypeOf(result).toEqualTypeOf<ParseWebhookResult<FixtureEvent, UnknownFixtureEvent>>();
    if (result.ok) expectTypeOf(result.event).toEqualTypeOf<FixtureEvent>();
    else if (result.reason === "unknown_topic") {
      expectTypeOf(result.event).toEqualTypeOf<UnknownFixtureEvent>();
      expectTypeOf(result.status).toEqualTypeOf<202>();
    } else if (result.reason === "schema_mismatch")
      expectTypeOf(result.status).toEqualTypeOf<400>();
  });
});

describe("helper types", () => {
  it("createTestEvent returns the topic's event and checks overrides", () => {
    const createTestEvent = createTestEventFactory<FixtureEventMap>(examples);
    expectTypeOf(createTestEvent("employee.updated")).toEqualTypeOf<EmployeeUpdatedEvent>();
    createTestEvent("employee.created", { data: { email: "x" } });
    // @ts-expect-error: email is a string
    createTestEvent("employee.created", { data: { email: 1 } });
    // @ts-expect-error: unknown topic
    createTestEvent("employee.deleted");
  });

  it("hasChanged accepts data keys of updated events only", () => {
    const updated = examples["employee.updated"];
    hasChanged(updated, "email");
    // @ts-expect-error: not a data key
    hasChanged(updated, "nope");
    // @ts-expect-error: not an updated event
    hasChanged(examples["employee.created"], "email");
  });
});
