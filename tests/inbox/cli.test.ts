import { openInbox } from "@lucca-events/inbox";
import { runInboxCli } from "@lucca-events/inbox/cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startReceiver } from "./support/receiver.js";
import { SECRET, sendSigned } from "./support/send.js";
import { tempDir } from "./support/temp-dir.js";
import { OPEN_TIMEOUT } from "./support/until.js";

/** Runs the CLI as `lucca-events inbox …` would, capturing its output. */
async function cli(argv: string[], env: Record<string, string> = {}, signal?: AbortSignal) {
  let stdout = "";
  let stderr = "";
  const code = await runInboxCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    signal,
  });
  return { code, stdout, stderr };
}

describe("lucca-events inbox CLI", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let args: string[];

  beforeAll(async () => {
    dir = await tempDir();
    args = ["--directory", dir.path];
    const inbox = await openInbox({ directory: dir.path });
    const receiver = await startReceiver(inbox, SECRET);
    await sendSigned(receiver.url, employeeUpdated("cli-1", "1", "2026-01-01T10:00:00Z"));
    const invalid = employeeUpdated("cli-2", "2", "2026-01-01T10:00:00Z");
    await sendSigned(receiver.url, { ...invalid, data: { ...invalid.data, email: 42 } });
    await receiver.close();
    await inbox.close();
  }, OPEN_TIMEOUT);
  afterAll(() => dir.remove());

  it("prints the usage with --help and refuses an unknown command with code 2", async () => {
    expect(await cli(["--help"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("retry <key>"),
    });
    const unknown = await cli(["frobnicate", ...args]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command frobnicate");
  });

  it("status --json counts deliveries per status", async () => {
    const { code, stdout } = await cli(["status", "--json", ...args]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ pending: 1, invalid: 1, done: 0 });
  });

  it("list filters by status and show prints one delivery", async () => {
    const listed = await cli(["list", "--status", "invalid", "--json", ...args]);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ key: keyOf("cli-2") })]);
    const shown = await cli(["show", keyOf("cli-2"), ...args]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("verdict: schema_mismatch");
    expect(shown.stdout).toContain("/data/email");
    const missing = await cli(["show", "no-such-key", ...args]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("no delivery") });
  });

  it("discard and retry change a delivery's status", async () => {
    expect((await cli(["discard", keyOf("cli-1"), ...args])).code).toBe(0);
    expect(
      JSON.parse((await cli(["show", keyOf("cli-1"), "--json", ...args])).stdout),
    ).toMatchObject({
      status: "discarded",
    });
    expect((await cli(["retry", keyOf("cli-1"), ...args])).code).toBe(0);
    expect(
      JSON.parse((await cli(["show", keyOf("cli-1"), "--json", ...args])).stdout),
    ).toMatchObject({
      status: "pending",
    });
  });

  it("revalidate re-checks kept deliveries with the version package", async () => {
    const { code, stdout } = await cli(["revalidate", "--json", ...args]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ checked: 1, queued: 0, kept: 1 });
  });

  it("purge reports what it removed", async () => {
    const { code, stdout } = await cli(["purge", "--json", ...args]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ payloadsDropped: 0, rowsDeleted: 0 });
  });

  it("fails with code 1 and a clear message while another opener holds the directory", async () => {
    const holder = await openInbox({ directory: dir.path });
    try {
      const locked = await cli(["status", ...args]);
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain("is open in process");
    } finally {
      await holder.close();
    }
  });

  it("ui serves the page until stopped", async () => {
    const controller = new AbortController();
    let printed: (url: string) => void = () => undefined;
    const url = new Promise<string>((resolve) => (printed = resolve));
    const running = runInboxCli(["ui", "--port", "0", "--json", ...args], {
      stdout: { write: (text: string) => printed((JSON.parse(text) as { url: string }).url) },
      stderr: { write: () => true },
      env: {},
      signal: controller.signal,
    });
    const page = await fetch(await url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Lucca inbox</title>");
    controller.abort();
    expect(await running).toBe(0);
  });
});
