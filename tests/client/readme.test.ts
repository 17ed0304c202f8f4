import { readFile, readdir } from "node:fs/promises";
import { createTestEvent } from "@lucca-events/2024-11-01/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../lucca-api-server/index.js";
import { credentialsOf } from "./credentials.js";
import { listedEvents } from "./fixtures.js";

// The README shows tests/client/readme/*.ts verbatim; each test below runs one of them (they act
// on import, as a reader's script would) against the Lucca-like server.
const folder = new URL("./readme/", import.meta.url);
const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
const snippets = (await readdir(folder)).filter((f) => f.endsWith(".ts") && f !== "my-app.ts");

let lucca: LuccaApiServer;
async function start(options: Parameters<typeof startLuccaApiServer>[0] = {}) {
  lucca = await startLuccaApiServer(options);
  const credentials = credentialsOf(lucca);
  vi.stubEnv("LUCCA_BASE_URL", credentials.baseUrl);
  vi.stubEnv("LUCCA_TOKEN_URL", credentials.tokenUrl);
  vi.stubEnv("LUCCA_CLIENT_ID", credentials.clientId);
  vi.stubEnv("LUCCA_CLIENT_SECRET", credentials.clientSecret);
}
const run = async (file: string) => {
  await import(`./readme/${file}`);
  return (await import("./readme/my-app.js")).calls;
};
beforeEach(() => vi.resetModules());
afterEach(async () => {
  vi.unstubAllEnvs();
  await lucca?.close();
});

describe("README: the API client", () => {
  it.each(snippets)("shows readme/%s verbatim in a ts block", async (file) => {
    expect(blocks).toContain(await readFile(new URL(file, folder), "utf8"));
  });

  it("create-webhook-endpoint.ts creates the endpoint and stores its secret", async () => {
    await start();
    const calls = await run("create-webhook-endpoint.ts");
    const [endpoint] = lucca.endpoints.values();
    expect(endpoint).toMatchObject({
      topics: ["employee.created", "employee.updated", "payroll-run.created"],
    });
    expect(calls).toEqual([["saveSecret", endpoint!.id, expect.stringMatching(/^[\w-]{64}$/)]]);
    expect(lucca.problems()).toEqual([]);
  });

  it("list-and-delete.ts deletes the suspended endpoints only", async () => {
    await start({ defaultLimit: 1 });
    lucca.endpoints.set("1", { id: "1", status: "active" });
    lucca.endpoints.set("2", { id: "2", status: "suspended" });
    await run("list-and-delete.ts");
    expect([...lucca.endpoints.keys()]).toEqual(["1"]);
  });

  it("catch-up.ts dispatches valid failed events and quarantines the invalid one", async () => {
    const events = listedEvents(12);
    const failed = Object.fromEntries(
      events.map((e) => [(e as { id: string }).id, "failed" as const]),
    );
    await start({ events, deliveryStatuses: failed });
    events.push(createTestEvent("employee.created", { id: "delivered-one", data: { id: "skip" } }));
    const calls = await run("catch-up.ts");
    const onboarded = calls.filter(([name]) => name === "onboardEmployee");
    const employee = events[11] as { topic: string; data: { id: string } }; // the one valid employee.created
    expect(employee.topic).toBe("employee.created");
    expect(onboarded).toEqual([["onboardEmployee", employee.data.id]]);
    expect(calls.filter(([name]) => name === "quarantine")).toEqual([
      ["quarantine", events[9], expect.any(Number)],
    ]);
  });

  it("get-event.ts reads one event, and a missing one as a 404", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await start({
      events: [
        createTestEvent("employee.created", { id: "evt-1", data: { email: "ada@example.test" } }),
      ],
    });
    await run("get-event.ts");
    expect(info).toHaveBeenCalledWith("ada@example.test");
    await lucca.close();
    vi.resetModules();
    await start({ events: [] });
    await run("get-event.ts");
    expect(info).toHaveBeenLastCalledWith("expired or unknown");
    info.mockRestore();
  });

  it("raw-openapi-fetch.ts calls the API with the paths types and a default Api-Version", async () => {
    await start();
    const token = await lucca.accessToken();
    vi.stubEnv("LUCCA_TOKEN", token);
    const { data } = await import("./readme/raw-openapi-fetch.js");
    expect(data).toMatchObject({ type: "webhook-endpoints", items: [] });
    expect(lucca.problems()).toEqual([]);
  });
});
