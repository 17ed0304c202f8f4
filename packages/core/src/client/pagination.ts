/** A collection page as Lucca returns it with `include=links` (Lucca API documentation, "Pagination"). */
export interface CollectionPage<T> {
  items: readonly T[];
  links?: { next?: { href: string } | null; [name: string]: unknown } | null;
}

/**
 * The `page` cursor of the next page, read from `links.next.href`, or `undefined` on the last
 * page. The cursor is opaque: it is passed back verbatim, never built.
 *
 * @example
 * nextPageCursor({ items: [], links: { next: { href: "https://x.ilucca.net/lucca-api/events?page=!S7DHF" } } }); // "!S7DHF"
 */
export function nextPageCursor(page: CollectionPage<unknown>): string | undefined {
  const href = page.links?.next?.href;
  if (typeof href !== "string") return undefined;
  const cursor = new URL(href, "https://cursor.invalid").searchParams.get("page");
  return cursor === null || cursor === "" ? undefined : cursor;
}

/** What {@link paginate} reports after each page. */
export interface PageNotice {
  /** 1 for the first page. */
  number: number;
  /** Items on this page. */
  items: number;
}

/**
 * Yields every item of a cursor-paginated collection, fetching page after page until
 * `links.next` is null. `fetchPage` receives `undefined` for the first page. A cursor seen twice
 * stops the walk with an error rather than looping for ever.
 *
 * @example
 * for await (const endpoint of paginate((page) => getEndpoints(page))) console.log(endpoint.id);
 */
export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<CollectionPage<T>>,
  onPage?: (notice: PageNotice) => void,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let number = 1; ; number++) {
    const page = await fetchPage(cursor);
    onPage?.({ number, items: page.items.length });
    yield* page.items;
    cursor = nextPageCursor(page);
    if (cursor === undefined) return;
    if (seen.has(cursor)) throw new Error(`pagination cursor ${cursor} came back twice`);
    seen.add(cursor);
  }
}
