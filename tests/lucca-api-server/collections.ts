/** Cursors are opaque to clients (Lucca API documentation, "Pagination"): base64url offsets here. */
export function encodeCursor(offset: number): string {
  return `!${Buffer.from(`offset:${offset}`).toString("base64url")}`;
}

function decodeCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor.slice(1), "base64url").toString();
  const match = /^offset:(\d+)$/.exec(text);
  return cursor.startsWith("!") && match ? Number(match[1]) : undefined;
}

/**
 * One page of a collection: `items`, and `links.prev` / `links.next` as `{ href }` or `null` when
 * asked with `include=links`. `undefined` for a cursor this server never issued.
 */
export function collectionPage(
  items: readonly unknown[],
  request: URL,
  type: string,
  defaultLimit: number,
): Record<string, unknown> | undefined {
  const cursor = request.searchParams.get("page");
  const offset = cursor === null ? 0 : decodeCursor(cursor);
  if (offset === undefined) return undefined;
  const limit = Number(request.searchParams.get("limit") ?? defaultLimit);
  const page: Record<string, unknown> = {
    type,
    url: request.href,
    items: items.slice(offset, offset + limit),
  };
  const include = request.searchParams.getAll("include").flatMap((value) => value.split(","));
  if (include.includes("totalCount")) page.totalCount = items.length;
  if (include.includes("links")) {
    const link = (at: number) => {
      const url = new URL(request.href);
      url.searchParams.set("page", encodeCursor(at));
      return { href: url.href };
    };
    page.links = {
      prev: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      next: offset + limit < items.length ? link(offset + limit) : null,
    };
  }
  return page;
}
