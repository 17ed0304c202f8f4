import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../packages/cli/test/run.js";
import { tempDir } from "./support/temp-dir.js";

// `lucca-events inbox …` loads `@lucca-events/inbox/cli` (an optional peer of the CLI): here the
// workspace links the real package, so the command reaches a real embedded inbox.
describe("lucca-events inbox, through the lucca-events CLI", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await dir.remove();
  });

  it("opens the embedded inbox and reports its counts as JSON", async () => {
    const run = await cli(["inbox", "status", "--json", "--directory", dir.path]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ pending: 0, dead: 0 });
  }, 60_000);
});
