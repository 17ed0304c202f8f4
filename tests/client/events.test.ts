import {
  createLuccaClient,
  type LuccaPolledEvent,
  type RetryNotice,
} from "@lucca-events/2024-11-01/client";
import { afterEach, describe, expect, it } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../lucca-api-server/index.js";
import { credentialsOf } from "./credentials.js";
import { listedEvents, NEWER_TOPIC } from "./fixtures.js";

let lucca: LuccaApiServer;
afterEach(() => lucca.close());

async function collect(iterable: AsyncIterable<LuccaPolledEvent>): Promise<LuccaPolledEvent[]> {
  const all: LuccaPolledEvent[] = [];
  for await (const polled of iterable) all.push(polled);
  return all;
}

describe("client.events()", () => {
  it("reads five pages through a 429, a 503 burst and a token that expires mid-run", async () => {
    const events = listedEvents(47);
    lucca = await startLuccaApiServer({
      events,
      tokenMaxUses: 5,
      faults: [
        { operation: "GET /lucca-api/events", at: 2, status: 429, retryAfter: "1" },
        { operation: "GET /lucca-api/events", at: 5, times: 3, status: 503 },
      ],
    });
    const retries: RetryNotice[] = [];
    const pages: number[] = [];
    const client = createLuccaClient({
      ...credentialsOf(lucca),
      retry: { baseDelayMs: 5, onRetry: (notice) => retries.push(notice) },
    });

    const polled = await collect(
      client.events({ limit: 10, onPage: (page) => pages.push(page.items) }),
    );

    expect(polled.map((p) => p.raw)).toEqual(events);
    expect(pages).toEqual([10, 10, 10, 10, 7]);
    expect(retries.map((r) => [r.status, r.attempt])).toEqual([
      [429, 1],
      [503, 1],
      [503, 2],
      [503, 3],
    ]);
    expect(retries[0]!.delayMs).toBe(1000); // Retry-After: 1, in seconds
    // The token served five calls, then the server refused it: the client renewed it once.
    expect(lucca.tokensIssued()).toBe(2);
    expect(lucca.requests.filter((r) => r.status === 401)).toHaveLength(1);
    expect(lucca.problems()).toEqual([]);
    const apiCalls = lucca.requests.filter((r) => r.operation !== "token");
    expect(apiCalls.every((r) => r.headers.get("api-version") === "2024-11-01")).toBe(true);
    expect(apiCalls.every((r) => r.url.searchParams.get("include") === "links")).toBe(true);
  });

  it("yields valid events typed, newer topics as unknown and invalid ones with their raw item", async () => {
    lucca = await startLuccaApiServer({ events: listedEvents(12) });
    const polled = await collect(createLuccaClient(credentialsOf(lucca)).events());

    expect(polled).toHaveLength(12);
    const unknown = polled.filter((p) => !p.ok && p.reason === "unknown_topic");
    expect(
      unknown.map((p) => (p.ok ? undefined : p.reason === "unknown_topic" && p.event.topic)),
    ).toEqual([NEWER_TOPIC]);
    const invalid = polled.filter((p) => !p.ok && p.reason === "schema_mismatch");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.raw).toMatchObject({ id: "evt-10", data: { email: 42 } });
    expect(invalid[0]!.ok === false && invalid[0]!.issues.length).toBeGreaterThan(0);
    const valid = polled.filter((p) => p.ok);
    expect(valid).toHaveLength(10);
    expect(valid.every((p) => p.ok && p.event === p.raw)).toBe(true);
  });

  it("passes status and limit to the API, which filters", async () => {
    const events = listedEvents(6);
    lucca = await startLuccaApiServer({
      events,
      deliveryStatuses: { "evt-4": "failed", "evt-6": "failed" },
    });
    const polled = await collect(
      createLuccaClient(credentialsOf(lucca)).events({ status: "failed", limit: 1 }),
    );

    expect(polled.map((p) => (p.raw as { id: string }).id)).toEqual(["evt-4", "evt-6"]);
    expect(lucca.requests.filter((r) => r.operation === "GET /lucca-api/events")).toHaveLength(2);
    expect(lucca.problems()).toEqual([]);
  });
});

describe("client.getEvent()", () => {
  it("returns one event validated, and a LuccaApiError for an unknown id", async () => {
    lucca = await startLuccaApiServer({ events: listedEvents(4) });
    const client = createLuccaClient(credentialsOf(lucca));

    const polled = await client.getEvent("evt-3");
    expect(polled.ok && polled.event.id).toBe("evt-3");
    await expect(client.getEvent("nope")).rejects.toMatchObject({
      name: "LuccaApiError",
      status: 404,
    });
    expect(lucca.problems()).toEqual([]);
  });
});
