import { describe, expect, it } from "vitest";
import { cli } from "./run.js";

describe("lucca-events inbox", () => {
  it("says how to install @lucca-events/inbox and exits 2 when it is missing", async () => {
    // What Node throws for an import of a package that is not installed.
    const notInstalled = async () => {
      throw Object.assign(
        new Error("Cannot find package '@lucca-events/inbox' imported from cli"),
        {
          code: "ERR_MODULE_NOT_FOUND",
        },
      );
    };
    const run = await cli(["inbox", "status"], {}, { options: { importInbox: notInstalled } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("npm install @lucca-events/inbox");
  });

  it("hands the remaining arguments and the io to runInboxCli and exits with its code", async () => {
    const calls: unknown[][] = [];
    const importInbox = async () => ({
      runInboxCli: async (
        argv: string[],
        io: { stdout: NodeJS.WritableStream; env: NodeJS.ProcessEnv },
      ) => {
        calls.push([argv, io.env.LUCCA_BASE_URL]);
        io.stdout.write("inbox ran\n");
        return 7;
      },
    });
    const run = await cli(
      ["inbox", "replay", "--since", "2026-01-01"],
      { LUCCA_BASE_URL: "https://x.test" },
      { options: { importInbox } },
    );
    expect(run).toMatchObject({ code: 7, stdout: "inbox ran\n" });
    expect(calls).toEqual([[["replay", "--since", "2026-01-01"], "https://x.test"]]);
  });

  it("reports a package without runInboxCli as a usage error", async () => {
    const run = await cli(["inbox"], {}, { options: { importInbox: async () => ({}) } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("has no runInboxCli export");
  });
});
