import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../../../tests/lucca-api-server/index.js";
import { cli, envOf } from "./run.js";

let lucca: LuccaApiServer;
let dir: string;
beforeEach(async () => {
  lucca = await startLuccaApiServer();
  dir = await mkdtemp(join(tmpdir(), "lucca-cli-endpoints-"));
});
afterEach(async () => {
  await lucca.close();
  await rm(dir, { recursive: true, force: true });
});

const URL_FLAGS = ["--url", "https://hooks.example.com/lucca"];

describe("lucca-events endpoints", () => {
  it("create prints the endpoint and its secret, and writes it to a .env file", async () => {
    const envFile = join(dir, ".env");
    await writeFile(envFile, "PORT=3000\nLUCCA_WEBHOOK_SECRET=old\n");
    const run = await cli(
      [
        "endpoints",
        "create",
        ...URL_FLAGS,
        "--topic",
        "employee.created",
        "--topic",
        "leave.created",
        "--env-file",
        envFile,
      ],
      envOf(lucca),
    );
    expect(run.code).toBe(0);
    const secret = /^secret: (\S+)$/m.exec(run.stdout)?.[1];
    expect(secret).toBeDefined();
    expect(run.stdout).toContain("topics: employee.created, leave.created");
    expect(await readFile(envFile, "utf8")).toBe(`PORT=3000\nLUCCA_WEBHOOK_SECRET=${secret}\n`);
    expect(lucca.problems()).toEqual([]);
  });

  it("create --json prints the created endpoint as JSON; --extra-topic passes newer topics", async () => {
    const run = await cli(
      [
        "endpoints",
        "create",
        ...URL_FLAGS,
        "--extra-topic",
        "payroll-run.created",
        "--json",
        "--name",
        "HR",
      ],
      envOf(lucca),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      name: "HR",
      topics: ["payroll-run.created"],
      secret: expect.any(String),
    });
  });

  it.each([
    [
      "an unknown topic",
      [...URL_FLAGS, "--topic", "employee.craeted"],
      "unknown topic employee.craeted",
    ],
    ["an http URL", ["--url", "http://hooks.example.com", "--topic", "employee.created"], "https"],
    ["no topic", URL_FLAGS, "at least one --topic"],
    ["an unknown flag", [...URL_FLAGS, "--topics", "x"], "Unknown option '--topics'"],
  ])("create refuses %s with exit 2 and sends nothing", async (_name, args, message) => {
    const run = await cli(["endpoints", "create", ...args], envOf(lucca));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("usage: lucca-events endpoints create");
    expect(lucca.requests).toEqual([]);
  });

  it("names the missing credential (flag and variable) with exit 2", async () => {
    const env = envOf(lucca);
    delete env.LUCCA_CLIENT_SECRET;
    const run = await cli(["endpoints", "list"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--client-secret (or LUCCA_CLIENT_SECRET) is required");
  });

  it("takes credentials from flags as well", async () => {
    const flags = [
      "--base-url",
      lucca.url,
      "--token-url",
      lucca.tokenUrl,
      "--client-id",
      lucca.clientId,
    ];
    const run = await cli(["endpoints", "list", ...flags, "--client-secret", lucca.clientSecret]);
    expect(run.code).toBe(0);
  });

  it("list and delete", async () => {
    for (const topic of ["employee.created", "leave.created"]) {
      await cli(["endpoints", "create", ...URL_FLAGS, "--topic", topic], envOf(lucca));
    }
    const listed = await cli(["endpoints", "list"], envOf(lucca));
    expect(listed.stdout).toBe(
      "1001  inactive  https://hooks.example.com/lucca  employee.created\n" +
        "1002  inactive  https://hooks.example.com/lucca  leave.created\n",
    );
    expect(listed.stderr).toContain("2 endpoint(s)");
    expect(await cli(["endpoints", "delete", "1001"], envOf(lucca))).toMatchObject({
      code: 0,
      stdout: "deleted 1001\n",
    });
    const json = await cli(["endpoints", "list", "--json"], envOf(lucca));
    expect((JSON.parse(json.stdout) as { id: string }[]).map((e) => e.id)).toEqual(["1002"]);
    expect(lucca.problems()).toEqual([]);
  });

  it("exits 3 with the status when Lucca refuses, without printing the client secret", async () => {
    const missing = await cli(["endpoints", "delete", "999"], envOf(lucca));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("DELETE /lucca-api/webhook-endpoints/{id} answered 404");
    const refused = await cli(["endpoints", "list"], {
      ...envOf(lucca),
      LUCCA_CLIENT_SECRET: "wrong-secret",
    });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("answered 401");
    expect(refused.stderr).not.toContain("wrong-secret");
  });

  it("exits 3 when Lucca cannot be reached", async () => {
    await lucca.close();
    const run = await cli(["endpoints", "list"], envOf(lucca));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("cannot reach Lucca");
    lucca = await startLuccaApiServer(); // for afterEach
  });
});
