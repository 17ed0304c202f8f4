import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, vi } from "vitest";
import { onboardEmployee } from "../src/employee-directory.js";
import { SECRET, itReceivesLuccaWebhooks } from "./receiver-contract.js";

vi.mock("../src/employee-directory.js", () => ({ onboardEmployee: vi.fn() }));

let server: Server;
let base = "";

beforeAll(async () => {
  vi.stubEnv("LUCCA_WEBHOOK_SECRET", SECRET);
  vi.stubEnv("PORT", "0");
  ({ server } = await import("../src/node-http.js"));
  if (!server.listening) await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

describe("README receiver: Node http", () => {
  itReceivesLuccaWebhooks({
    url: () => `${base}/webhooks/lucca`,
    send: (request) => fetch(request),
    calls: () => vi.mocked(onboardEmployee).mock.calls,
    expectedCall: (event) => [event.data],
  });
});
