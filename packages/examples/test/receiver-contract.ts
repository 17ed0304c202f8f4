import { createTestEvent, signTestRequest } from "@lucca-events/2024-11-01/testing";
import type { EmployeeCreatedEvent } from "@lucca-events/2024-11-01";
import { beforeEach, expect, it, vi } from "vitest";

/** The secret every example receiver is started with in these tests. */
export const SECRET = "whsec-examples-test-secret";

/** A challenge as Lucca's docs show it, with a non-ASCII `ç` that must come back intact. */
const CHALLENGE = "iusiof24dsfxvcç834";

/** How one example is driven: where it listens, how a Request reaches it, what it handed on. */
export interface Receiver {
  url: () => string;
  send: (request: Request) => Promise<Response>;
  /** The calls the receiver made to "your code" (the mocked directory, the KV put). */
  calls: () => readonly unknown[][];
  /** The call a delivered `employee.created` event must cause. */
  expectedCall: (event: EmployeeCreatedEvent) => unknown[];
}

/**
 * Declares the behaviour every receiver in the README must show, as Lucca would exercise it:
 * activation, a delivery, a forged one, and a signed but invalid one.
 */
export function itReceivesLuccaWebhooks(receiver: Receiver): void {
  beforeEach(() => {
    // The handler logs rejected deliveries by design; keep the test output readable.
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
  });

  it("echoes the activation challenge exactly, ç included", async () => {
    const response = await receiver.send(new Request(`${receiver.url()}?echo=${CHALLENGE}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(CHALLENGE);
  });

  it("answers 202 to a signed event and hands it to the topic handler", async () => {
    const event = createTestEvent("employee.created", { id: crypto.randomUUID() });
    const response = await receiver.send(
      await signTestRequest(event, SECRET, { url: receiver.url() }),
    );
    expect(response.status).toBe(202);
    expect(receiver.calls()).toContainEqual(receiver.expectedCall(event));
  });

  it("answers 401 to a bad signature and hands nothing on", async () => {
    const before = receiver.calls().length;
    const event = createTestEvent("employee.created");
    const response = await receiver.send(
      await signTestRequest(event, "not-the-secret", { url: receiver.url() }),
    );
    expect(response.status).toBe(401);
    expect(receiver.calls()).toHaveLength(before);
  });

  it("answers 400 to a signed event that fails the schema and hands nothing on", async () => {
    const before = receiver.calls().length;
    const invalid = createTestEvent("employee.created", { occurredAt: "yesterday" });
    const response = await receiver.send(
      await signTestRequest(invalid, SECRET, { url: receiver.url() }),
    );
    expect(response.status).toBe(400);
    expect(receiver.calls()).toHaveLength(before);
  });
}
