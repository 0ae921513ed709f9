/**
 * Offset/limit paging, shared by every list endpoint: one page shape for callers (`ListPage`) and one walker
 * (`paginate`) for "every item". The walker stops when `totalCount` says everything was seen, or when a page
 * comes back short or empty; and it refuses to go on when a server ignores `offset` (the same page again, or a
 * page it already returned), instead of collecting the same items until memory runs out.
 */
import { keepErrorNames } from './error-names';
import { SipgateIOError } from './errors';

/** One page as a list endpoint answers it. */
export interface Page<T> {
  items: T[];
  totalCount?: number;
}

/** One page as the SDK returns it from every `fetchPage`-style method. */
export interface ListPage<T> {
  items: T[];
  /** How many items match in total (all pages), when the endpoint says so. */
  totalCount?: number;
  /** True when items after this page exist (or may exist, when the endpoint gives no total). */
  hasMore: boolean;
  /** The pagination of the following page; undefined when this is the last one. */
  next?: { offset: number; limit: number };
}

/**
 * Describes a page fetched with `offset`/`limit`. Without a total, a full page means "maybe more"; the next
 * page then comes back empty. Without a limit the endpoint chose the page size, so the page's length stands in.
 */
export function toListPage<T>(
  page: Page<T>,
  pagination: { offset?: number; limit?: number } | undefined,
  defaultLimit?: number,
): ListPage<T> {
  const { items } = page;
  const totalCount = typeof page.totalCount === 'number' ? page.totalCount : undefined;
  const offset = pagination?.offset ?? 0;
  const limit = pagination?.limit ?? defaultLimit ?? items.length;
  const seen = offset + items.length;
  const hasMore =
    items.length > 0 && (totalCount !== undefined ? seen < totalCount : limit > 0 && items.length >= limit);
  const result: ListPage<T> = totalCount === undefined ? { items, hasMore } : { items, totalCount, hasMore };
  if (hasMore) result.next = { offset: seen, limit: limit > 0 ? limit : items.length };
  return result;
}

/** The server answered a later page with items it had already sent: it ignores `offset`. */
export class PaginationStalledError extends SipgateIOError {
  /** The offset whose page repeated an earlier one. */
  readonly offset: number;
  constructor(offset: number, path?: string) {
    super(
      `The server answered offset ${offset} with a page it had already sent${path ? ` (${path})` : ''}: it ignores offset, so paging stopped`,
      { retryable: false },
    );
    this.offset = offset;
  }
}

keepErrorNames({ PaginationStalledError });

export interface PaginateOptions {
  /** Items per request. */
  pageSize: number;
  /** Where to start (default 0). */
  offset?: number;
  /** Stop after this many items in total. */
  maxItems?: number;
  signal?: AbortSignal;
  /** Named in a PaginationStalledError (e.g. `/history`). */
  path?: string;
}

/**
 * What tells pages apart: their length and their first and last items. A server that ignores `offset` sends
 * the same page again (or an earlier one), which has the same ends; two different pages of real data never
 * do, since items carry their ids. Serialising two items instead of the whole page keeps a 5000-item page cheap.
 */
function fingerprint(items: unknown[]): string {
  return `${items.length}|${JSON.stringify(items[0])}|${JSON.stringify(items[items.length - 1])}`;
}

export async function* paginate<T>(
  fetchPage: (offset: number, limit: number, signal?: AbortSignal) => Promise<Page<T>>,
  options: PaginateOptions,
): AsyncGenerator<T, void, undefined> {
  let offset = options.offset ?? 0;
  let yielded = 0;
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  const seenPages = new Set<string>();
  while (yielded < maxItems) {
    const limit = Math.min(options.pageSize, maxItems - yielded);
    const page = await fetchPage(offset, limit, options.signal);
    if (page.items.length > 0) {
      const print = fingerprint(page.items);
      if (seenPages.has(print)) throw new PaginationStalledError(offset, options.path);
      seenPages.add(print);
    }
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
