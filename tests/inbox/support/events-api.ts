import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { validateEvent } from "@lucca-events/2024-11-01";
import type { CatchUpClient } from "@lucca-events/inbox";

/**
 * A local server shaped like Lucca's `GET /lucca-api/events` ("List events"): `items` pages of
 * `limit`, with `links.next.href` (an opaque `page` cursor) when asked `include=links`.
 */
export async function startEventsApi(events: readonly object[], pageSize = 2) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
    if (url.pathname !== "/lucca-api/events") return void response.writeHead(404).end();
    const start = Number.parseInt(url.searchParams.get("page")?.slice(1) ?? "0", 36) || 0;
    const items = events.slice(start, start + pageSize);
    const hasNext = start + pageSize < events.length;
    const next = new URL(url);
    next.searchParams.set("page", `!${(start + pageSize).toString(36)}`);
    const body = {
      type: "events",
      url: url.href,
      items,
      links: { prev: null, next: hasNext ? { href: next.href } : null },
    };
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The structural client `catchUp` needs: every page, each item validated, with its raw JSON. */
export function eventsClient(baseUrl: string): CatchUpClient {
  return {
    async *events() {
      let url: string | undefined = `${baseUrl}/lucca-api/events?include=links&limit=2`;
      while (url !== undefined) {
        const page = (await (await fetch(url)).json()) as {
          items: unknown[];
          links: { next: { href: string } | null };
        };
        for (const raw of page.items) yield { ...validateEvent(raw), raw };
        url = page.links.next?.href;
      }
    },
  };
}
