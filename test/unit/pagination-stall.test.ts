/**
 * Auto-pagination against a server that ignores `offset`: the iterators stop with a PaginationStalledError
 * after the first repeated page instead of collecting the same items until memory runs out.
 */
import { expect } from 'chai';
import { PaginationStalledError } from '../../lib/core/pagination';
import { collect, paginate, toListPage } from '../../lib/core/pagination';
import { createContactsModule } from '../../lib/contacts';
import { createHistoryModule } from '../../lib/history';
import { createNumbersModule } from '../../lib/numbers';
import { contact, historyEntry, ignoringOffset } from '../support/api-fixtures';
import { mockApi, recordedRequests } from '../support/api-mock';
import { rejection, testClient } from '../support/module-test-kit';

const number = (id: string) => ({
  id,
  number: '+4921100000',
  localized: '0211 00000',
  type: 'LANDLINE',
  endpointId: 'p0',
  endpointAlias: 'Ada',
  endpointUrl: '/w0/phonelines/p0',
});
describe('auto-pagination stops when the server ignores offset', () => {
  it('history.iterate throws PaginationStalledError after the first repeated page', async () => {
    ignoringOffset('/history', { items: [historyEntry('h1'), historyEntry('h2')], totalCount: 1000 });
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const entry of createHistoryModule(testClient()).iterate({}, { pageSize: 2 })) seen.push(entry.id);
      })(),
    );
    expect(error).to.be.instanceOf(PaginationStalledError);
    expect((error as PaginationStalledError).offset).to.equal(2);
    expect((error as Error).message).to.contain('/history');
    expect(seen).to.deep.equal(['h1', 'h2']);
    expect(recordedRequests().map((request) => request.query.offset)).to.deep.equal(['0', '2']);
  });

  it('numbers.iterate (no totalCount, full pages) throws PaginationStalledError', async () => {
    ignoringOffset('/numbers', { items: [number('n1'), number('n2')] });
    const error = await rejection(collect(createNumbersModule(testClient()).iterate({ pageSize: 2 })));
    expect(error).to.be.instanceOf(PaginationStalledError);
    expect(recordedRequests()).to.have.length(2);
  });

  it('contacts.iterate throws PaginationStalledError', async () => {
    ignoringOffset('/contacts', { items: [contact('c1'), contact('c2')], totalCount: 10 });
    const error = await rejection(collect(createContactsModule(testClient()).iterate({ pageSize: 2 })));
    expect(error).to.be.instanceOf(PaginationStalledError);
    expect(recordedRequests()).to.have.length(2);
  });

  it('also notices a server that cycles back to an earlier page', async () => {
    const pages = [
      [1, 2],
      [3, 4],
      [1, 2],
    ];
    let call = 0;
    const error = await rejection(collect(paginate(async () => ({ items: pages[call++ % 3] }), { pageSize: 2 })));
    expect(error).to.be.instanceOf(PaginationStalledError);
    expect(call).to.equal(3);
  });

  it('a server that honours offset is walked to the end without error', async () => {
    mockApi()
      .get('/numbers')
      .query({ offset: '0', limit: '2' })
      .reply(200, { items: [number('n1'), number('n2')] });
    mockApi()
      .get('/numbers')
      .query({ offset: '2', limit: '2' })
      .reply(200, { items: [number('n3')] });
    const all = await collect(createNumbersModule(testClient()).iterate({ pageSize: 2 }));
    expect(all.map((item) => item.id)).to.deep.equal(['n1', 'n2', 'n3']);
  });
});

describe('one page shape (ListPage)', () => {
  it('toListPage: hasMore and next from totalCount, or from a full page when there is no total', () => {
    expect(toListPage({ items: [1, 2], totalCount: 5 }, { offset: 0, limit: 2 })).to.deep.equal({
      items: [1, 2],
      totalCount: 5,
      hasMore: true,
      next: { offset: 2, limit: 2 },
    });
    expect(toListPage({ items: [5], totalCount: 5 }, { offset: 4, limit: 2 })).to.deep.equal({
      items: [5],
      totalCount: 5,
      hasMore: false,
    });
    expect(toListPage({ items: [1, 2] }, { offset: 0, limit: 2 })).to.deep.equal({
      items: [1, 2],
      hasMore: true,
      next: { offset: 2, limit: 2 },
    });
    expect(toListPage({ items: [1] }, { offset: 0, limit: 2 })).to.deep.equal({ items: [1], hasMore: false });
    expect(toListPage({ items: [] }, { offset: 0, limit: 2 })).to.deep.equal({ items: [], hasMore: false });
  });

  it('history.fetchPage and numbers.fetchPage return items, hasMore and next; history also totalCount', async () => {
    mockApi()
      .get('/history')
      .query({ offset: '0', limit: '1' })
      .reply(200, { items: [historyEntry('h1')], totalCount: 2 });
    const historyPage = await createHistoryModule(testClient()).fetchPage({}, { offset: 0, limit: 1 });
    expect(historyPage).to.include({ totalCount: 2, hasMore: true });
    expect(historyPage.next).to.deep.equal({ offset: 1, limit: 1 });

    mockApi()
      .get('/numbers')
      .query({ offset: '0', limit: '1' })
      .reply(200, { items: [number('n1')] });
    const numbersModule = createNumbersModule(testClient());
    const numbersPage = await numbersModule.fetchPage({ limit: 1 });
    expect(numbersPage).to.deep.equal({ items: [number('n1')], hasMore: true, next: { offset: 1, limit: 1 } });
    mockApi().get('/numbers').query({ offset: '1', limit: '1' }).reply(200, { items: [] });
    expect(await numbersModule.fetchPage(numbersPage.next)).to.deep.equal({ items: [], hasMore: false });
  });
});
