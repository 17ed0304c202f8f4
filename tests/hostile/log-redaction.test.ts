import { REDACTED, createWebhookHandler } from "@lucca-events/2024-11-01";
import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import { describe, expect, it } from "vitest";

const SECRET = "log-redaction-secret";

describe("the handler's log lines", () => {
  it("mask the personal data of an event they show (the version's redact)", async () => {
    const logged: unknown[] = [];
    const logger = {
      warn: (...args: unknown[]) => logged.push(args),
      error: (...args: unknown[]) => logged.push(args),
    };
    const handler = createWebhookHandler({
      secret: SECRET,
      handlerTimeoutMs: 20,
      logger,
      on: {
        // Still running at the deadline: the handler answers 503 and logs the event.
        "employee-personal-record.created": () =>
          new Promise((resolve) => setTimeout(resolve, 100)),
      },
    });
    const event = createTestEvent("employee-personal-record.created", {
      data: { birthDate: "1991-07-14" },
    });
    const response = await handler(await signTestRequest(event, SECRET));
    expect(response.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const text = JSON.stringify(logged);
    expect(text).toContain(event.id);
    expect(text).toContain(REDACTED);
    expect(text).not.toContain("1991-07-14");
  });
});
