import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { InboxReceiver } from "@lucca-events/core";
import { parseWebhook } from "@lucca-events/2024-11-01";
import { deliveryOf } from "./delivery-of.js";

/** A running receiver: its URL and how to stop it. */
export interface RunningReceiver {
  url: string;
  close(): Promise<void>;
}

/**
 * A Node HTTP receiver built from `parseWebhook` and `inbox.accept`, answering as the webhook
 * handler with an inbox does: 202 once stored (or a duplicate), 503 when storage fails, 401/413/400
 * for what is not an authentic, storable delivery.
 */
export async function startReceiver(
  inbox: InboxReceiver,
  secret: string,
  port = 0,
): Promise<RunningReceiver> {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        const body = new Uint8Array(Buffer.concat(chunks));
        const result = await parseWebhook({ body, headers: request.headers }, { secret });
        const delivery = deliveryOf(result, request.headers);
        if (delivery === undefined) {
          response.writeHead(result.ok ? 400 : result.status).end();
          return;
        }
        try {
          const { duplicate } = await inbox.accept(delivery);
          response.writeHead(202, { "x-duplicate": String(duplicate) }).end();
        } catch {
          response.writeHead(503).end();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/webhooks/lucca`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
