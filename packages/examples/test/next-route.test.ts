import { afterAll, beforeAll, describe, vi } from "vitest";
import { onboardEmployee } from "../src/employee-directory.js";
import type * as NextRoute from "../src/next-route.js";
import { SECRET, itReceivesLuccaWebhooks } from "./receiver-contract.js";

vi.mock("../src/employee-directory.js", () => ({ onboardEmployee: vi.fn() }));

let route: typeof NextRoute;

beforeAll(async () => {
  vi.stubEnv("LUCCA_WEBHOOK_SECRET", SECRET);
  route = await import("../src/next-route.js");
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("README receiver: Next.js route handler", () => {
  itReceivesLuccaWebhooks({
    url: () => "https://receiver.example.test/webhooks/lucca",
    // Next.js calls the export named after the request's method.
    send: (request) => (request.method === "GET" ? route.GET(request) : route.POST(request)),
    calls: () => vi.mocked(onboardEmployee).mock.calls,
    expectedCall: (event) => [event.data],
  });
});
