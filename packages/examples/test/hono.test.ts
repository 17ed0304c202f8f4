import type { Hono } from "hono";
import { afterAll, beforeAll, describe, vi } from "vitest";
import { onboardEmployee } from "../src/employee-directory.js";
import { SECRET, itReceivesLuccaWebhooks } from "./receiver-contract.js";

vi.mock("../src/employee-directory.js", () => ({ onboardEmployee: vi.fn() }));

let app: Hono;

beforeAll(async () => {
  vi.stubEnv("LUCCA_WEBHOOK_SECRET", SECRET);
  ({ app } = await import("../src/hono.js"));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("README receiver: Hono", () => {
  itReceivesLuccaWebhooks({
    url: () => "https://receiver.example.test/webhooks/lucca",
    send: async (request) => app.fetch(request),
    calls: () => vi.mocked(onboardEmployee).mock.calls,
    expectedCall: (event) => [event.data],
  });
});
