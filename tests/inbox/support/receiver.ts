import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InboxReceiver } from "@lucca-events/core";
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { toNodeListener } from "@lucca-events/2024-11-01/node";

/** A running receiver: its URL and how to stop it. */
export interface RunningReceiver {
  url: string;
  close(): Promise<void>;
}

/**
 * A Node HTTP receiver serving the version's real `toNodeListener(createWebhookHandler({ secret,
 * inbox }))`: 202 once stored (or a duplicate), 503 when storage fails, 401/413/400 for what is
 * not authentic. Tests also want to know whether a 202 was a duplicate, which Lucca never needs:
 * the receiver adds an `x-duplicate` header with what `inbox.accept` resolved for that request.
 */
export async function startReceiver(
  inbox: InboxReceiver,
  secret: string,
  port = 0,
): Promise<RunningReceiver> {
  const current = new AsyncLocalStorage<ServerResponse>();
  const recording: InboxReceiver = {
    async accept(delivery) {
      const result = await inbox.accept(delivery);
      // Set before the adapter's writeHead, which merges it into the answer's headers.
      current.getStore()?.setHeader("x-duplicate", String(result.duplicate));
      return result;
    },
  };
  const listener = toNodeListener(
    createWebhookHandler({ secret, inbox: recording, logger: quiet }),
  );
  const server: Server = createServer((request, response) => {
    response.setHeader("x-duplicate", "false");
    current.run(response, () => listener(request, response));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/webhooks/lucca`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Rejected deliveries are part of these tests: their log lines would only be noise.
const quiet = { warn: () => {}, error: () => {} };
