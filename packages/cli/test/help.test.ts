import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../../../tests/lucca-api-server/index.js";
import { COMMANDS } from "../src/index.js";
import { cli, envOf } from "./run.js";

describe("lucca-events --help", () => {
  it("lists every command, the environment variables and the exit codes", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name} `);
    expect(run.stdout).toContain("inbox …");
    expect(run.stdout).toContain("LUCCA_WEBHOOK_SECRET");
    expect(run.stdout).toContain("exit codes: 0 ok · 1 check failed");
  });

  it.each(COMMANDS.map((c) => [c.name]))(
    "%s --help prints its usage and flags, exit 0",
    async (name) => {
      const run = await cli([...name.split(" "), "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`usage: lucca-events ${name} `);
      expect(run.stdout).toContain("--help, -h");
    },
  );

  it.each([
    [[], "usage: lucca-events <command>", "stdout"],
    [["deploy"], "unknown command deploy", "stderr"],
    [["endpoints"], "expects one of create, list, delete", "stderr"],
  ] as const)("%j is a usage error (exit 2)", async (argv, message, stream) => {
    const run = await cli([...argv]);
    expect(run.code).toBe(2);
    expect(run[stream]).toContain(message);
  });
});

describe("the lucca-events bin", () => {
  let lucca: LuccaApiServer;
  beforeAll(async () => {
    lucca = await startLuccaApiServer();
  });
  afterAll(() => lucca.close());

  const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
  function spawnBin(
    argv: string[],
    env: NodeJS.ProcessEnv,
  ): Promise<{ code: number | null; stdout: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(tsx, [bin, ...argv], { env: { PATH: process.env.PATH, ...env } });
      let stdout = "";
      child.stdout.on("data", (chunk) => (stdout += String(chunk)));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout }));
    });
  }

  it("exits with the command's code as a process", async () => {
    expect(await spawnBin(["endpoints", "list", "--json"], envOf(lucca))).toEqual({
      code: 0,
      stdout: "[]\n",
    });
    expect((await spawnBin(["endpoints", "delete", "404"], envOf(lucca))).code).toBe(3);
    expect((await spawnBin(["nope"], {})).code).toBe(2);
  });
});
