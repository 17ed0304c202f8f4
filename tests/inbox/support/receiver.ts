import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { InboxReceiver } from "@lucca-events/core";
import { createWebhookHandler } from "@lucca-events/2024-11-01";

/** A running receiver: its URL and how to stop it. */
export interface RunningReceiver {
  url: string;
  close(): Promise<void>;
}

/**
 * A Node HTTP receiver serving the version's real `createWebhookHandler({ secret, inbox })`: 202
 * once stored (or a duplicate), 503 when storage fails, 401/413/400 for what is not authentic.
 * Tests also want to know whether a 202 was a duplicate, which Lucca never needs: the receiver
 * reports it in an `x-duplicate` header, read from what `inbox.accept` resolved for that body.
 */
export async function startReceiver(
  inbox: InboxReceiver,
  secret: string,
  port = 0,
): Promise<RunningReceiver> {
  const duplicates = new Map<string, boolean>();
  const recording: InboxReceiver = {
    async accept(delivery) {
      const result = await inbox.accept(delivery);
      duplicates.set(delivery.rawBody, result.duplicate);
      return result;
    },
  };
  const handler = createWebhookHandler({ secret, inbox: recording, logger: quiet });
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === "string") headers.set(name, value);
        }
        const answer = await handler(
          new Request(`http://127.0.0.1${request.url ?? "/"}`, {
            method: request.method,
            headers,
            body: request.method === "POST" ? body : undefined,
          }),
        );
        const text = body.toString("utf8");
        const duplicate = duplicates.get(text);
        duplicates.delete(text);
        response
          .writeHead(answer.status, { "x-duplicate": String(duplicate ?? false) })
          .end(Buffer.from(await answer.arrayBuffer()));
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

// Rejected deliveries are part of these tests: their log lines would only be noise.
const quiet = { warn: () => {}, error: () => {} };
