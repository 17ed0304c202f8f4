import { eventKey } from "@lucca-events/2024-11-01";
import { describe, vi } from "vitest";
import worker, { type Env } from "../src/cloudflare-worker.js";
import { SECRET, itReceivesLuccaWebhooks } from "./receiver-contract.js";

// The same Worker also runs in workerd (miniflare) with a real KV namespace: `pnpm test:runtimes`.
const env: Env = { LUCCA_WEBHOOK_SECRET: SECRET, EMPLOYEES: { put: vi.fn(async () => undefined) } };

describe("README receiver: Cloudflare Worker", () => {
  itReceivesLuccaWebhooks({
    url: () => "https://receiver.example.test/webhooks/lucca",
    send: (request) => worker.fetch(request, env),
    calls: () => vi.mocked(env.EMPLOYEES.put).mock.calls,
    expectedCall: (event) => [eventKey(event), JSON.stringify(event.data)],
  });
});
