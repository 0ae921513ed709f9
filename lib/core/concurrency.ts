/**
 * Runs `task` over `items` with at most `limit` in flight, keeping the input
 * order in the result. Used for bulk work (contact import) so a large file
 * neither floods the API nor waits for one request at a time.
 */
export interface Progress {
  done: number;
  total: number;
  failed: number;
}

export interface SettledResult<R> {
  index: number;
  ok: boolean;
  value?: R;
  error?: unknown;
}

export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  onProgress?: (progress: Progress) => void,
): Promise<Array<SettledResult<R>>> {
  const results: Array<SettledResult<R>> = new Array(items.length);
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  let next = 0;
  let done = 0;
  let failed = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = { index, ok: true, value: await task(items[index], index) };
      } catch (error) {
        failed += 1;
        results[index] = { index, ok: false, error };
      }
      done += 1;
      onProgress?.({ done, total: items.length, failed });
    }
  }
  await Promise.all(Array.from({ length: workers }, () => worker()));
  return results;
}
