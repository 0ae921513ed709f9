import { expect } from 'chai';
import { collect, paginate, type Page } from '../../../lib/core/pagination';
import { mapWithConcurrency, type Progress } from '../../../lib/core/concurrency';

/** A fake endpoint over `total` numbered items; records every (offset, limit) it was asked for. */
function fakeEndpoint(total: number, options: { withTotalCount: boolean }) {
  const calls: Array<[number, number]> = [];
  const fetchPage = async (offset: number, limit: number): Promise<Page<number>> => {
    calls.push([offset, limit]);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
    return options.withTotalCount ? { items, totalCount: total } : { items };
  };
  return { calls, fetchPage };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('core: pagination and concurrency', () => {
  describe('paginate', () => {
    it('stops when totalCount is reached, without asking for an empty page', async () => {
      const endpoint = fakeEndpoint(6, { withTotalCount: true });
      expect(await collect(paginate(endpoint.fetchPage, { pageSize: 3 }))).to.deep.equal([0, 1, 2, 3, 4, 5]);
      expect(endpoint.calls).to.deep.equal([
        [0, 3],
        [3, 3],
      ]);
    });

    it('stops on a short page when there is no totalCount', async () => {
      const endpoint = fakeEndpoint(5, { withTotalCount: false });
      expect(await collect(paginate(endpoint.fetchPage, { pageSize: 2 }))).to.deep.equal([0, 1, 2, 3, 4]);
      expect(endpoint.calls).to.deep.equal([
        [0, 2],
        [2, 2],
        [4, 2],
      ]);
    });

    it('stops on an empty page when there is no totalCount', async () => {
      const endpoint = fakeEndpoint(4, { withTotalCount: false });
      expect(await collect(paginate(endpoint.fetchPage, { pageSize: 2 }))).to.deep.equal([0, 1, 2, 3]);
      expect(endpoint.calls).to.deep.equal([
        [0, 2],
        [2, 2],
        [4, 2],
      ]);
    });

    it('stops on an empty page even if totalCount claims more (no endless loop)', async () => {
      let calls = 0;
      const items = await collect(
        paginate(async () => ({ items: calls++ === 0 ? [1] : [], totalCount: 1000 }), { pageSize: 1 }),
      );
      expect(items).to.deep.equal([1]);
      expect(calls).to.equal(2);
    });

    it('starts at offset and stops after maxItems, asking only for what is needed', async () => {
      const endpoint = fakeEndpoint(100, { withTotalCount: true });
      expect(await collect(paginate(endpoint.fetchPage, { pageSize: 4, offset: 10, maxItems: 6 }))).to.deep.equal([
        10, 11, 12, 13, 14, 15,
      ]);
      expect(endpoint.calls).to.deep.equal([
        [10, 4],
        [14, 2],
      ]);
    });

    it('fetches lazily: breaking out of the loop stops further requests', async () => {
      const endpoint = fakeEndpoint(100, { withTotalCount: true });
      for await (const item of paginate(endpoint.fetchPage, { pageSize: 5 })) if (item === 2) break;
      expect(endpoint.calls).to.deep.equal([[0, 5]]);
    });

    it('passes the signal to every page and propagates a page error', async () => {
      const controller = new AbortController();
      const seen: Array<AbortSignal | undefined> = [];
      const failing = paginate<number>(
        async (offset, _limit, signal) => {
          seen.push(signal);
          if (offset > 0) throw new Error('page 2 failed');
          return { items: [1, 2] };
        },
        { pageSize: 2, signal: controller.signal },
      );
      let error: unknown;
      const items: number[] = [];
      try {
        for await (const item of failing) items.push(item);
      } catch (caught) {
        error = caught;
      }
      expect(items).to.deep.equal([1, 2]);
      expect((error as Error).message).to.equal('page 2 failed');
      expect(seen).to.deep.equal([controller.signal, controller.signal]);
    });
  });

  describe('mapWithConcurrency', () => {
    it('never has more than `limit` tasks in flight and keeps the input order', async () => {
      let inFlight = 0;
      let maxInFlight = 0;
      const gates = Array.from({ length: 10 }, () => deferred());
      const run = mapWithConcurrency([...gates.keys()], 3, async (n) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await gates[n].promise;
        inFlight -= 1;
        return n * 10;
      });
      // Release in reverse order, one per tick, so later tasks finish first.
      for (let i = gates.length - 1; i >= 0; i -= 1) {
        await new Promise((resolve) => setImmediate(resolve));
        gates[i].resolve();
      }
      const results = await run;
      expect(maxInFlight).to.equal(3);
      expect(results.map((r) => r.value)).to.deep.equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
      expect(results.map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('settles failures without stopping the rest, and reports progress', async () => {
      const progress: Progress[] = [];
      const results = await mapWithConcurrency(
        ['a', 'bad', 'c'],
        2,
        async (item) => {
          if (item === 'bad') throw new Error('rejected');
          return item.toUpperCase();
        },
        (p) => progress.push(p),
      );
      expect(results.map((r) => r.ok)).to.deep.equal([true, false, true]);
      expect((results[1].error as Error).message).to.equal('rejected');
      expect(results[2].value).to.equal('C');
      expect(progress).to.have.length(3);
      expect(progress[2]).to.deep.equal({ done: 3, total: 3, failed: 1 });
    });

    it('treats a limit below 1 as 1 and handles an empty list', async () => {
      let inFlight = 0;
      let maxInFlight = 0;
      await mapWithConcurrency([1, 2, 3], 0, async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
      });
      expect(maxInFlight).to.equal(1);
      expect(await mapWithConcurrency([], 5, async () => 1)).to.deep.equal([]);
    });
  });
});
