/**
 * Walks an offset/limit endpoint page by page. Stops when `totalCount` says
 * everything was seen, or when a page comes back short or empty (so a server
 * that omits totalCount cannot make the loop run forever).
 */
export interface Page<T> {
  items: T[];
  totalCount?: number;
}

export interface PaginateOptions {
  /** Items per request. */
  pageSize: number;
  /** Where to start (default 0). */
  offset?: number;
  /** Stop after this many items in total. */
  maxItems?: number;
  signal?: AbortSignal;
}

export async function* paginate<T>(
  fetchPage: (offset: number, limit: number, signal?: AbortSignal) => Promise<Page<T>>,
  options: PaginateOptions,
): AsyncGenerator<T, void, undefined> {
  let offset = options.offset ?? 0;
  let yielded = 0;
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  while (yielded < maxItems) {
    const limit = Math.min(options.pageSize, maxItems - yielded);
    const page = await fetchPage(offset, limit, options.signal);
    for (const item of page.items) {
      if (yielded >= maxItems) return;
      yield item;
      yielded += 1;
    }
    offset += page.items.length;
    const reachedTotal = page.totalCount !== undefined && offset >= page.totalCount;
    if (reachedTotal || page.items.length < limit || page.items.length === 0) return;
  }
}

/** Collects an async iterable into an array. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of iterable) result.push(item);
  return result;
}
