import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { signTestRequest } from "@lucca-events/2024-11-01/testing";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { SECRET } from "./support/send.js";
import { until } from "./support/until.js";

const WORKER = fileURLToPath(new URL("./cloudflare/worker.ts", import.meta.url));

describe("Cloudflare Workers: the receiver stores to a Cloudflare Queue (miniflare)", () => {
  let dir: string;
  let mf: Miniflare;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lucca-inbox-worker-"));
    const script = join(dir, "worker.mjs");
    // The conditions wrangler sets when it bundles a Worker.
    await build({
      entryPoints: [WORKER],
      outfile: script,
      bundle: true,
      format: "esm",
      platform: "neutral",
      conditions: ["workerd", "worker", "browser"],
      mainFields: [],
      logLevel: "warning",
    });
    mf = new Miniflare({
      modules: true,
      scriptPath: script,
      modulesRoot: dir,
      compatibilityDate: "2026-04-01",
      bindings: { LUCCA_WEBHOOK_SECRET: SECRET },
      kvNamespaces: ["EFFECTS"],
      queueProducers: { INBOX: { queueName: "lucca-inbox" } },
      queueConsumers: {
        "lucca-inbox": { maxBatchTimeout: 1, maxRetries: 2, deadLetterQueue: "lucca-inbox-dead" },
        "lucca-inbox-dead": { maxBatchTimeout: 1 },
      },
    });
  }, 120_000);
  afterAll(async () => {
    try {
      await mf?.dispose();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // miniflare types the namespace with workerd's own types; these tests read strings only.
  const kv = async () =>
    (await mf.getKVNamespace("EFFECTS")) as unknown as { get(key: string): Promise<string | null> };
  const post = async (event: object, secret = SECRET) => {
    const signed = await signTestRequest(event, secret);
    const response = await mf.dispatchFetch(signed.url, {
      method: "POST",
      headers: Object.fromEntries(signed.headers),
      body: await signed.text(),
    });
    return response.status;
  };

  it("answers 202 once queued, runs the typed handler in the consumer, refuses forgeries", async () => {
    expect(await post(employeeUpdated("cf-1", "1", "2026-01-01T10:00:00Z"))).toBe(202);
    expect(await post(employeeUpdated("cf-2", "2", "2026-01-01T10:00:00Z"), "forged")).toBe(401);
    const effects = await kv();
    await until(async () => (await effects.get(`done:${keyOf("cf-1")}`)) !== null, 30_000);
    expect(JSON.parse((await effects.get(`done:${keyOf("cf-1")}`)) ?? "")).toEqual({ attempt: 1 });
    expect(await effects.get(`done:${keyOf("cf-2")}`)).toBeNull();
  });

  it("retries a failing handler, then moves the delivery to the dead-letter queue", async () => {
    expect(await post(employeeUpdated("cf-3", "poison", "2026-01-01T10:00:00Z"))).toBe(202);
    const effects = await kv();
    await until(async () => (await effects.get(`dead:${keyOf("cf-3")}`)) !== null, 60_000);
    expect(await effects.get(`done:${keyOf("cf-3")}`)).toBeNull();
  }, 90_000);
});
