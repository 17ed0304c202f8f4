import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, vi } from "vitest";
import { SECRET } from "./receiver-contract.js";

/**
 * Starts an example that listens as soon as it is imported (as the README shows it), on a free
 * port, with the test secret; returns a getter for its base URL once it listens.
 */
export function useExampleServer(load: () => Promise<{ server: Server }>): () => string {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    vi.stubEnv("LUCCA_WEBHOOK_SECRET", SECRET);
    vi.stubEnv("PORT", "0");
    ({ server } = await load());
    if (!server.listening) await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await new Promise((resolve) => server.close(resolve));
  });
  return () => base;
}
