import { createHmac } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestEvent } from "@lucca-events/2024-11-01/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startLuccaApiServer, type LuccaApiServer } from "../../../tests/lucca-api-server/index.js";
import { RECEIVER_SECRET, RECEIVERS, type RunningReceiver } from "./receivers.js";
import { Capture, cli, envOf } from "./run.js";
import { shellWords } from "./shell-words.js";

vi.mock("../../examples/src/employee-directory.js", async () => {
  const { recordOnboarding } = await import("./receivers.js");
  return { onboardEmployee: vi.fn(recordOnboarding) };
});

// Every `lucca-events …` line of the README's "Command line" section runs here, in order, against
// the Lucca-like server and the README's Node receiver; `# exit N` gives the expected exit code,
// and a ```text block right after a command is its expected output.
const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");
const section = readme.slice(
  readme.indexOf("\n## Command line\n"),
  readme.indexOf("\n## Development\n"),
);
const examples = [
  ...section.matchAll(/^```sh\n([\s\S]*?)^```\n(?:\n```text\n([\s\S]*?)^```\n)?/gm),
].flatMap(([, block, output]) => {
  const lines = block!.split("\n").filter((line) => line.startsWith("lucca-events "));
  return lines.map((line, i) => ({ line, output: i === lines.length - 1 ? output : undefined }));
});
const RECEIVER_URL = "http://localhost:3000/webhooks/lucca";

describe("README: the command line", () => {
  let lucca: LuccaApiServer;
  let receiver: RunningReceiver;
  let dir: string;
  const env: Record<string, string> = {};
  beforeAll(async () => {
    vi.stubEnv("LUCCA_WEBHOOK_SECRET", RECEIVER_SECRET);
    vi.stubEnv("PORT", "0");
    receiver = await RECEIVERS["node-http"]!();
    lucca = await startLuccaApiServer({
      events: [createTestEvent("employee.created", { id: "failed-1" })],
      deliveryStatuses: { "failed-1": "failed" },
    });
    dir = await mkdtemp(join(tmpdir(), "lucca-cli-readme-"));
    // A delivery whose body was saved pretty-printed: the signature covers the compact bytes.
    const compact = JSON.stringify(createTestEvent("employee.created"));
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    await writeFile(join(dir, "body.json"), JSON.stringify(JSON.parse(compact), null, 2));
    await writeFile(join(dir, "event.json"), compact);
    const signature = createHmac("sha256", RECEIVER_SECRET)
      .update(`${timestamp}.${compact}`)
      .digest("base64");
    Object.assign(env, envOf(lucca), {
      LUCCA_WEBHOOK_SECRET: RECEIVER_SECRET,
      TIMESTAMP: timestamp,
      SIGNATURE: signature,
    });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await receiver.close();
    await lucca.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("has an example for every command", () => {
    const shown = new Set(examples.map(({ line }) => line.split(" ").slice(1, 3).join(" ")));
    for (const name of [
      "endpoints create",
      "endpoints list",
      "endpoints delete",
      "events list",
      "events tail",
    ]) {
      expect(shown).toContain(name);
    }
    expect(examples.find(({ line }) => line.includes(" verify "))?.output).toContain(
      "likely cause",
    );
    for (const name of ["send", "challenge", "verify"])
      expect([...shown].some((s) => s.startsWith(`${name} `))).toBe(true);
  });

  it.each(examples)("$line", async ({ line, output }) => {
    const { words, comment } = shellWords(line, env);
    const argv = words
      .slice(1)
      .map((word) =>
        word === RECEIVER_URL
          ? receiver.url
          : /^[\w.-]+\.(json|env)$|^\.env$/.test(word)
            ? join(dir, word)
            : word,
      );
    const expected = Number(/^exit (\d)/.exec(comment)?.[1] ?? 0);
    const controller = new AbortController();
    const stderr = new Capture();
    const running = cli(argv, env, { signal: controller.signal, stderr });
    if (argv[1] === "tail") {
      while (!stderr.text.includes("watching"))
        await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
    }
    const run = await running;
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: expected });
    if (output !== undefined) expect(run.stdout).toBe(output);
  });
});
