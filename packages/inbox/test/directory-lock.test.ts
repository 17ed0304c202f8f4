import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockDirectory } from "../src/store/directory-lock.js";

describe("embedded directory lock", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lucca-inbox-lock-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses a second hold in the same process, then allows it once released", async () => {
    const lock = await lockDirectory(dir);
    await expect(lockDirectory(dir)).rejects.toMatchObject({ code: "inbox_locked" });
    await lock.release();
    await (await lockDirectory(dir)).release();
  });

  it("refuses while another live process holds it", async () => {
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      await writeFile(join(dir, "inbox.lock"), `${other.pid}\n`);
      await expect(lockDirectory(dir)).rejects.toThrow(`open in process ${other.pid}`);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a killed process", async () => {
    const other = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => other.on("exit", resolve));
    await writeFile(join(dir, "inbox.lock"), `${other.pid}\n`);
    const lock = await lockDirectory(dir);
    expect(await readFile(join(dir, "inbox.lock"), "utf8")).toBe(`${process.pid}\n`);
    await lock.release();
  });
});
