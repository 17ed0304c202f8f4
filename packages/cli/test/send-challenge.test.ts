import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifySignature } from "@lucca-events/2024-11-01";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RECEIVER_SECRET, RECEIVERS, recordOnboarding, type RunningReceiver } from "./receivers.js";
import { cli } from "./run.js";

vi.mock("../../examples/src/employee-directory.js", async () => {
  const { recordOnboarding: record } = await import("./receivers.js");
  return { onboardEmployee: vi.fn(record) };
});
void recordOnboarding;

describe.each(Object.keys(RECEIVERS))(
  "send and challenge against the %s example receiver",
  (name) => {
    let receiver: RunningReceiver;
    beforeAll(async () => {
      vi.stubEnv("LUCCA_WEBHOOK_SECRET", RECEIVER_SECRET);
      vi.stubEnv("PORT", "0");
      receiver = await RECEIVERS[name]!();
    });
    afterAll(async () => {
      vi.unstubAllEnvs();
      await receiver.close();
    });
    const env = () => ({ LUCCA_WEBHOOK_SECRET: RECEIVER_SECRET });

    it("send: a signed employee.created is delivered (2xx) and reaches the receiver's code", async () => {
      const before = receiver.received().length;
      const id = `cli-${name}`;
      const run = await cli(
        [
          "send",
          "employee.created",
          "--to",
          receiver.url,
          "--set",
          `data.id=${id}`,
          "--set",
          "data.givenName=Ada",
        ],
        env(),
      );
      expect(run).toMatchObject({ code: 0 });
      expect(run.stdout).toContain("delivered: Lucca counts a 2xx as done");
      expect(receiver.received().slice(before)).toEqual([
        expect.objectContaining({ id, givenName: "Ada" }),
      ]);
    });

    it("send: a wrong secret is refused (exit 1) and reported as a signature problem", async () => {
      const run = await cli([
        "send",
        "employee.created",
        "--to",
        receiver.url,
        "--secret",
        "not-the-secret",
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^401 /);
      expect(run.stdout).toContain("refused the signature");
    });

    it("send --json: an event --set made invalid is refused (400), which Lucca retries", async () => {
      const before = receiver.received().length;
      const run = await cli(
        [
          "send",
          "employee.created",
          "--to",
          receiver.url,
          "--set",
          "occurredAt=yesterday",
          "--json",
        ],
        env(),
      );
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ status: 400, delivered: false });
      expect(receiver.received()).toHaveLength(before);
    });

    it("challenge: the receiver echoes the value byte for byte", async () => {
      const run = await cli(["challenge", "--to", receiver.url]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^ok: 200 and ".*ç834" echoed byte for byte\n$/);
      const older = await cli([
        "challenge",
        "--to",
        receiver.url,
        "--param",
        "challenge",
        "--value",
        "a+b c/ç",
      ]);
      expect(older.code).toBe(0);
    });
  },
);

describe("send and challenge against receivers that get it wrong", () => {
  let base = "";
  let last: { body: string; timestamp: string; signature: string } | undefined;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (request.method === "POST") {
      let body = "";
      for await (const chunk of request) body += String(chunk);
      const header = (name: string) => String(request.headers[name]);
      last = { body, timestamp: header("lucca-timestamp"), signature: header("lucca-signature") };
    }
    if (url.pathname === "/gone") return void response.writeHead(410).end();
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ echo: url.searchParams.get("echo") }));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("challenge fails (exit 1) when the value comes back wrapped in JSON", async () => {
    const run = await cli(["challenge", "--to", `${base}/hook`, "--value", "v1"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`failed: answered ${JSON.stringify('{"echo":"v1"}')}, not "v1"\n`);
  });

  it("send warns that a 410 suspends the endpoint at once", async () => {
    const run = await cli(["send", "leave.created", "--to", `${base}/gone`, "--secret", "s"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Lucca suspends an endpoint that answers 410 at once");
  });

  it("send --file posts the file's bytes as they are, signed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lucca-cli-send-"));
    try {
      const body = '{ "topic": "employee.created",\n  "id": "from-file" }\n';
      await writeFile(join(dir, "event.json"), body);
      const run = await cli([
        "send",
        "--file",
        join(dir, "event.json"),
        "--to",
        `${base}/hook`,
        "--secret",
        "s",
      ]);
      expect(run.code).toBe(0);
      expect(last?.body).toBe(body);
      expect(
        await verifySignature({
          body,
          secret: "s",
          timestamp: last!.timestamp,
          signature: last!.signature,
        }),
      ).toEqual({ ok: true });
      const missing = await cli([
        "send",
        "--file",
        join(dir, "missing.json"),
        "--to",
        base,
        "--secret",
        "s",
      ]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("cannot read");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("an unknown topic or an unreachable receiver are told apart (2 and 1)", async () => {
    expect((await cli(["send", "employee.craeted", "--to", base, "--secret", "s"])).code).toBe(2);
    const closed = await cli(["challenge", "--to", "http://127.0.0.1:1/hook"]);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain("cannot reach http://127.0.0.1:1/hook");
  });
});
