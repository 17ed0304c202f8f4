import { createTestEvent } from "@lucca-events/2024-11-01/testing";
import { afterEach, describe, expect, it } from "vitest";
import { listedEvents } from "../../../tests/client/fixtures.js";
import { startLuccaApiServer, type LuccaApiServer } from "../../../tests/lucca-api-server/index.js";
import { Capture, cli, envOf } from "./run.js";

let lucca: LuccaApiServer;
afterEach(() => lucca.close());

describe("lucca-events events list", () => {
  it("prints every event of five pages, unknown and invalid ones marked, with progress on stderr", async () => {
    lucca = await startLuccaApiServer({
      events: listedEvents(47),
      faults: [{ operation: "GET /lucca-api/events", at: 3, status: 429, retryAfter: "0" }],
    });
    const run = await cli(["events", "list", "--limit", "10"], envOf(lucca));
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(47);
    expect(lines[0]).toMatch(/^\S+ {2}business-establishment\.created {2}evt-1 {2}valid$/);
    expect(lines[1]).toMatch(/payroll-run\.created {2}evt-2 {2}unknown topic$/);
    expect(lines[44]).toMatch(/evt-45 {2}invalid \(schema_mismatch: \/\S+ /);
    expect(run.stderr).toContain("page 5: 7 event(s)");
    expect(run.stderr).toContain("GET /lucca-api/events answered 429: try 2 in 0.0 s");
    expect(run.stderr).toContain("47 event(s)");
    expect(lucca.problems()).toEqual([]);
  });

  it("--json prints one object per event, invalid ones with their issues; --quiet silences stderr", async () => {
    lucca = await startLuccaApiServer({ events: listedEvents(5) });
    const run = await cli(["events", "list", "--json", "--quiet"], envOf(lucca));
    const objects = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.map((o) => o.valid)).toEqual([true, false, false, true, true]);
    expect(objects[1]).toMatchObject({
      reason: "unknown_topic",
      event: { topic: "payroll-run.created" },
    });
    expect(objects[2]).toMatchObject({ reason: "schema_mismatch", event: { id: "evt-3" } });
    expect(run.stderr).toBe("");
  });

  it("--status filters on the server; a wrong status is a usage error", async () => {
    lucca = await startLuccaApiServer({
      events: listedEvents(4),
      deliveryStatuses: { "evt-4": "failed" },
    });
    const run = await cli(["events", "list", "--status", "failed"], envOf(lucca));
    expect(run.stdout).toMatch(/evt-4 {2}valid\n$/);
    expect(run.stdout.split("\n")).toHaveLength(2);
    const wrong = await cli(["events", "list", "--status", "lost"], envOf(lucca));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--status must be one of scheduled, delivered, failed");
  });
});

describe("lucca-events events list, interrupted", () => {
  it("exits 130 when stopped while waiting out a Retry-After", async () => {
    lucca = await startLuccaApiServer({
      events: listedEvents(3),
      faults: [{ operation: "GET /lucca-api/events", at: 1, status: 503, retryAfter: "30" }],
    });
    const controller = new AbortController();
    const stderr = new Capture();
    const list = cli(["events", "list"], envOf(lucca), { stderr, signal: controller.signal });
    await until(() => stderr.text.includes("answered 503: try 2 in 30.0 s"));
    controller.abort(new Error("interrupted by SIGINT"));
    const run = await list;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain("lucca-events events list: interrupted");
  });
});

describe("lucca-events events tail", () => {
  it("prints only events that arrive after it started, once each", async () => {
    lucca = await startLuccaApiServer({ events: listedEvents(3) });
    const stderr = new Capture();
    const tail = cli(["events", "tail", "--interval", "0.05", "--max-events", "2"], envOf(lucca), {
      stderr,
    });
    await until(() => stderr.text.includes("watching for new events (3 already listed)"));
    lucca.addEvents(
      createTestEvent("employee.created", { id: "new-1" }),
      createTestEvent("leave.created", { id: "new-2" }),
    );
    const run = await tail;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^\S+ {2}employee\.created {2}new-1 {2}valid\n\S+ {2}leave\.created {2}new-2 {2}valid\n$/,
    );
  });

  it("stops cleanly (exit 0) when interrupted", async () => {
    lucca = await startLuccaApiServer({ events: listedEvents(2) });
    const controller = new AbortController();
    const stderr = new Capture();
    const tail = cli(["events", "tail", "--interval", "60", "--from-start"], envOf(lucca), {
      stderr,
      signal: controller.signal,
    });
    await until(() => stderr.text.includes("watching"));
    controller.abort();
    const run = await tail;
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(2);
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
