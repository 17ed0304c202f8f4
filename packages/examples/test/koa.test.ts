import { describe, vi } from "vitest";
import { onboardEmployee } from "../src/employee-directory.js";
import { useExampleServer } from "./example-server.js";
import { itReceivesLuccaWebhooks } from "./receiver-contract.js";

vi.mock("../src/employee-directory.js", () => ({ onboardEmployee: vi.fn() }));

const base = useExampleServer(() => import("../src/koa.js"));

describe("README receiver: Koa", () => {
  itReceivesLuccaWebhooks({
    url: () => `${base()}/webhooks/lucca`,
    send: (request) => fetch(request),
    calls: () => vi.mocked(onboardEmployee).mock.calls,
    expectedCall: (event) => [event.data],
  });
});
