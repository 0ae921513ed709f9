import { expect } from 'chai';
import nock from 'nock';
import { BadRequestError, NotFoundError, PermissionError, ValidationError } from '../../lib/core/errors';
import {
  createHistoryModule,
  FaxStatusType,
  HistoryDirection,
  HistoryEntryType,
  Starred,
  type FaxHistoryEntry,
  type HistoryEntry,
} from '../../lib/history';
import { mockApi, recordedRequests } from '../support/api-mock';
import { expectNoRequest, rejection, testClient } from '../support/module-test-kit';

function historyModule() {
  return createHistoryModule(testClient());
}

function entry(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    source: '+4921100000001',
    target: '+4921100000002',
    sourceAlias: 'Ada',
    targetAlias: 'Alan',
    type: 'CALL',
    created: '2026-01-02T03:04:05Z',
    lastModified: '2026-01-02T04:05:06.789Z',
    direction: 'INCOMING',
    incoming: true,
    status: 'PICKUP',
    connectionIds: ['p0'],
    read: false,
    archived: false,
    note: '',
    endpoints: [{ type: 'ROUTED', endpoint: { extension: 'p0', type: 'PHONELINE' } }],
    starred: false,
    labels: [],
    callId: 'call-1',
    recordings: [],
    duration: 42,
    callStatus: 'SUCCESS',
    ...extra,
  };
}

describe('history module', () => {
  describe('fetchAll', () => {
    it('passes a national phone number filter on as given', async () => {
      mockApi().get('/history').query({ phonenumber: '0211 1234567' }).reply(200, { items: [], totalCount: 0 });
      expect(await historyModule().fetchAll({ phonenumber: '0211 1234567' })).to.deep.equal([]);
    });

    it('refuses connectionIds that are not extensions (as the official package) without a request', async () => {
      const scope = mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
      for (const call of [
        () => historyModule().fetchAll({ connectionIds: ['p0', 'sokx5'] }),
        () => historyModule().exportAsCsvString({ connectionIds: ['sokx5'] }),
      ]) {
        const error = await rejection(call());
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field).to.match(/^filter\.connectionIds\[[01]\]$/);
      }
      expectNoRequest(scope);
    });

    it('sends GET /history with every filter as query (arrays as repeated keys) and the statistics headers', async () => {
      const scope = mockApi()
        .get('/history')
        .query(true)
        .reply(200, { items: [entry('h1')], totalCount: 1 });
      await historyModule().fetchAll(
        {
          connectionIds: ['p0', 'g1'],
          types: [HistoryEntryType.CALL, HistoryEntryType.SMS],
          directions: [HistoryDirection.INCOMING, HistoryDirection.MISSED_OUTGOING],
          archived: true,
          starred: true,
          from: new Date('2026-01-01T00:00:00Z'),
          to: new Date('2026-01-31T23:59:59Z'),
          phonenumber: '0049 211 123-456',
        },
        { offset: 20, limit: 10 },
      );
      expect(scope.isDone()).to.equal(true);
      const [request] = recordedRequests();
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal('/v2/history');
      expect(request.query).to.deep.equal({
        connectionIds: ['p0', 'g1'],
        types: ['CALL', 'SMS'],
        directions: ['INCOMING', 'MISSED_OUTGOING'],
        archived: 'true',
        starred: 'STARRED',
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-01-31T23:59:59.000Z',
        phonenumber: '0049 211 123-456',
        offset: '20',
        limit: '10',
      });
      expect(request.headers['x-sipgate-client']).to.be.a('string');
      expect(request.headers['x-sipgate-version']).to.be.a('string');
    });

    it('sends no query without filter and pagination', async () => {
      mockApi().get('/history').reply(200, { items: [], totalCount: 0 });
      expect(await historyModule().fetchAll()).to.deep.equal([]);
      expect(recordedRequests()[0].query).to.deep.equal({});
    });

    for (const [starred, expected] of [
      [false, 'UNSTARRED'],
      [Starred.STARRED, 'STARRED'],
      [Starred.UNSTARRED, 'UNSTARRED'],
    ] as const) {
      it(`maps starred ${String(starred)} to ${expected}`, async () => {
        mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
        await historyModule().fetchAll({ starred });
        expect(recordedRequests()[0].query).to.deep.equal({ starred: expected });
      });
    }

    it('accepts the official startDate/endDate names for from/to', async () => {
      mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
      await historyModule().fetchAll({
        startDate: new Date('2026-02-01T00:00:00Z'),
        endDate: new Date('2026-02-02T00:00:00Z'),
      });
      expect(recordedRequests()[0].query).to.deep.equal({
        from: '2026-02-01T00:00:00.000Z',
        to: '2026-02-02T00:00:00.000Z',
      });
    });

    it('returns entries with Date timestamps and the fax state under faxStatus', async () => {
      const fax = entry('f1', { type: 'FAX', faxStatusType: 'SENT', pageCount: 2, documentUrl: 'https://x/doc.pdf' });
      mockApi()
        .get('/history')
        .reply(200, { items: [entry('c1'), fax], totalCount: 2 });
      const [call, faxEntry] = await historyModule().fetchAll();
      expect(call.created).to.be.instanceOf(Date);
      expect(call.created.toISOString()).to.equal('2026-01-02T03:04:05.000Z');
      expect(call.lastModified.toISOString()).to.equal('2026-01-02T04:05:06.789Z');
      expect(call.type).to.equal(HistoryEntryType.CALL);
      expect(faxEntry.type).to.equal(HistoryEntryType.FAX);
      expect((faxEntry as FaxHistoryEntry).faxStatus).to.equal(FaxStatusType.SENT);
      expect(faxEntry).not.to.have.property('faxStatusType');
      expect((faxEntry as FaxHistoryEntry).pageCount).to.equal(2);
    });

    it('maps 400 to BadRequestError "Invalid filter or pagination input"', async () => {
      mockApi().get('/history').query(true).reply(400);
      const error = await rejection(historyModule().fetchAll({}, { limit: 5 }));
      expect(error).to.be.instanceOf(BadRequestError);
      expect((error as BadRequestError).message).to.contain('Invalid filter or pagination input');
      expect((error as BadRequestError).status).to.equal(400);
    });

    it('maps 403 to PermissionError naming the scope', async () => {
      mockApi().get('/history').reply(403);
      const error = await rejection(historyModule().fetchAll());
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as PermissionError).message).to.contain('history:read');
    });

    const invalid: Array<[string, unknown, unknown, string]> = [
      ['an unknown type', { types: ['CALL', 'TELEGRAM'] }, undefined, 'filter.types[1]'],
      ['types that are not an array', { types: 'CALL' }, undefined, 'filter.types'],
      ['an unknown direction', { directions: ['SIDEWAYS'] }, undefined, 'filter.directions[0]'],
      ['a starred string', { starred: 'yes' }, undefined, 'filter.starred'],
      ['archived as a string', { archived: 'true' }, undefined, 'filter.archived'],
      ['an invalid from date', { from: new Date('nope') }, undefined, 'filter.from'],
      ['a from string instead of a Date', { from: '2026-01-01' }, undefined, 'filter.from'],
      ['from after to', { from: new Date('2026-02-01'), to: new Date('2026-01-01') }, undefined, 'filter.from'],
      ['a bad phone number', { phonenumber: '12ab' }, undefined, 'filter.phonenumber'],
      ['an empty connection id', { connectionIds: [''] }, undefined, 'filter.connectionIds[0]'],
      ['an unknown filter key', { direction: 'INCOMING' }, undefined, 'filter.direction'],
      ['a filter that is not an object', 'CALL', undefined, 'filter'],
      ['limit above 1000', {}, { limit: 1001 }, 'pagination.limit'],
      ['a negative offset', {}, { offset: -1 }, 'pagination.offset'],
      ['a fractional limit', {}, { limit: 2.5 }, 'pagination.limit'],
      ['a string offset', {}, { offset: '3' }, 'pagination.offset'],
    ];
    for (const [what, filter, pagination, field] of invalid) {
      it(`rejects ${what} without a request`, async () => {
        const scope = mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
        const error = await rejection(historyModule().fetchAll(filter as never, pagination as never));
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field).to.equal(field);
        expectNoRequest(scope);
      });
    }
  });

  describe('fetchPage', () => {
    it('keeps totalCount and says whether more entries exist', async () => {
      mockApi()
        .get('/history')
        .query({ offset: '0', limit: '2' })
        .reply(200, { items: [entry('a'), entry('b')], totalCount: 3 });
      const page = await historyModule().fetchPage(undefined, { offset: 0, limit: 2 });
      expect(page.totalCount).to.equal(3);
      expect(page.hasMore).to.equal(true);
      expect(page.items.map((item) => item.id)).to.deep.equal(['a', 'b']);
    });

    it('says hasMore false on the last page', async () => {
      mockApi()
        .get('/history')
        .query({ offset: '2', limit: '2' })
        .reply(200, { items: [entry('c')], totalCount: 3 });
      const page = await historyModule().fetchPage({}, { offset: 2, limit: 2 });
      expect(page).to.include({ totalCount: 3, hasMore: false });
    });
  });

  describe('iterate', () => {
    it('walks three full pages and stops on totalCount without asking for a fourth', async () => {
      const scope = mockApi()
        .get('/history')
        .query({ types: 'SMS', offset: '0', limit: '2' })
        .reply(200, { items: [entry('a'), entry('b')], totalCount: 6 })
        .get('/history')
        .query({ types: 'SMS', offset: '2', limit: '2' })
        .reply(200, { items: [entry('c'), entry('d')], totalCount: 6 })
        .get('/history')
        .query({ types: 'SMS', offset: '4', limit: '2' })
        .reply(200, { items: [entry('e'), entry('f')], totalCount: 6 });
      const ids: string[] = [];
      for await (const item of historyModule().iterate({ types: [HistoryEntryType.SMS] }, { pageSize: 2 }))
        ids.push(item.id);
      expect(ids).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()).to.have.length(3);
    });

    it('asks for 1000 entries per page by default and yields Dates', async () => {
      mockApi()
        .get('/history')
        .query({ offset: '0', limit: '1000' })
        .reply(200, { items: [entry('a')], totalCount: 1 });
      const entries: HistoryEntry[] = [];
      for await (const item of historyModule().iterate()) entries.push(item);
      expect(entries).to.have.length(1);
      expect(entries[0].created).to.be.instanceOf(Date);
    });

    it('rejects a page size above 1000 and a bad filter at the call, before any request', () => {
      const scope = mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
      expect(() => historyModule().iterate({}, { pageSize: 1001 }))
        .to.throw(ValidationError)
        .with.property('field', 'pageSize');
      expect(() => historyModule().iterate({ types: ['X' as HistoryEntryType] }))
        .to.throw(ValidationError)
        .with.property('field', 'filter.types[0]');
      expectNoRequest(scope);
    });
  });

  describe('fetchById', () => {
    it('sends GET /history/{id} with the id encoded and maps the entry', async () => {
      mockApi()
        .get('/history/a%2Fb')
        .reply(200, entry('a/b', { type: 'SMS', smsContent: 'hi', scheduled: '2026-03-01T10:00:00Z' }));
      const result = await historyModule().fetchById('a/b');
      expect(recordedRequests()[0].path).to.equal('/v2/history/a%2Fb');
      expect(result.id).to.equal('a/b');
      expect(result.type).to.equal(HistoryEntryType.SMS);
      expect(result.created).to.be.instanceOf(Date);
    });

    it('maps 404 to NotFoundError "History entry … could not be found"', async () => {
      mockApi().get('/history/missing').reply(404);
      const error = await rejection(historyModule().fetchById('missing'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as NotFoundError).message).to.match(/History entry missing could not be found/);
    });

    for (const bad of ['', '  ', undefined, 7]) {
      it(`rejects entry id ${JSON.stringify(bad)} without a request`, async () => {
        nock.disableNetConnect();
        const error = await rejection(historyModule().fetchById(bad as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'entryId');
        expect(recordedRequests()).to.have.length(0);
      });
    }
  });

  describe('deleteById and deleteByListOfIds', () => {
    it('sends DELETE /history/{id}', async () => {
      const scope = mockApi().delete('/history/h7').reply(204);
      await historyModule().deleteById('h7');
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()[0].method).to.equal('DELETE');
    });

    it('maps 404 on delete to NotFoundError', async () => {
      mockApi().delete('/history/h8').reply(404);
      const error = await rejection(historyModule().deleteById('h8'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as Error).message).to.contain('could not be found');
    });

    it('sends DELETE /history with the ids as repeated id keys', async () => {
      mockApi().delete('/history').query(true).reply(204);
      await historyModule().deleteByListOfIds(['a', 'b', 'c']);
      const [request] = recordedRequests();
      expect(request.method).to.equal('DELETE');
      expect(request.path).to.equal('/v2/history');
      expect(request.query).to.deep.equal({ id: ['a', 'b', 'c'] });
    });

    it('splits long id lists into requests of 100 ids', async () => {
      mockApi().delete('/history').query(true).times(3).reply(204);
      const ids = Array.from({ length: 250 }, (_, index) => `h${index}`);
      await historyModule().deleteByListOfIds(ids);
      const requests = recordedRequests();
      expect(requests.map((request) => (request.query.id as string[]).length)).to.deep.equal([100, 100, 50]);
      expect(requests.flatMap((request) => request.query.id as string[])).to.deep.equal(ids);
    });

    it('sends nothing for an empty list', async () => {
      const scope = mockApi().delete('/history').query(true).reply(204);
      await historyModule().deleteByListOfIds([]);
      expectNoRequest(scope);
    });

    it('rejects a list with an empty id without a request', async () => {
      const scope = mockApi().delete('/history').query(true).reply(204);
      const error = await rejection(historyModule().deleteByListOfIds(['a', '']));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'entryIds[1]');
      expectNoRequest(scope);
    });

    it('rejects a non-array without a request', async () => {
      const scope = mockApi().delete('/history').query(true).reply(204);
      const error = await rejection(historyModule().deleteByListOfIds('a' as never));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'entryIds');
      expectNoRequest(scope);
    });
  });

  describe('updates', () => {
    it('updateById sends PUT /history/{id} with only the given fields', async () => {
      mockApi().put('/history/h1').reply(204);
      await historyModule().updateById('h1', { note: 'call back', starred: true });
      expect(recordedRequests()[0].body).to.deep.equal({ note: 'call back', starred: true });
    });

    it('updateById rejects unknown fields and non-booleans without a request', async () => {
      const scope = mockApi().put('/history/h1').reply(204);
      const unknownField = await rejection(historyModule().updateById('h1', { labels: ['x'] } as never));
      expect(unknownField).to.be.instanceOf(ValidationError).with.property('field', 'update.labels');
      const notBoolean = await rejection(historyModule().updateById('h1', { read: 'yes' } as never));
      expect(notBoolean).to.be.instanceOf(ValidationError).with.property('field', 'update.read');
      expectNoRequest(scope);
    });

    it('batchUpdateEvents sends batches of at most 149, notes one by one, and skips empty updates', async () => {
      const events = Array.from({ length: 301 }, (_, index) => entry(`e${index}`)) as unknown as HistoryEntry[];
      const scope = mockApi().put('/history').times(3).reply(204).put('/history/e5').reply(204);
      await historyModule().batchUpdateEvents(events, (event) => {
        if (event.id === 'e5') return { note: 'important', read: true };
        if (event.id === 'e6') return {};
        return { archived: true };
      });
      expect(scope.isDone()).to.equal(true);
      const requests = recordedRequests();
      const single = requests.filter((request) => request.path === '/v2/history/e5');
      expect(single).to.have.length(1);
      expect(single[0].body).to.deep.equal({ note: 'important', read: true });
      const batches = requests
        .filter((request) => request.path === '/v2/history')
        .map((request) => request.body as Array<{ id: string }>);
      expect(batches.map((batch) => batch.length)).to.deep.equal([149, 149, 1]);
      const batchedIds = batches.flat().map((update) => update.id);
      expect(batchedIds).not.to.include.members(['e5', 'e6']);
      expect(batches[0][0]).to.deep.equal({ id: 'e0', archived: true });
      expect(batchedIds[batchedIds.length - 1]).to.equal('e300');
    });

    it('batchUpdate rejects a bad entry before sending anything', async () => {
      const scope = mockApi().put('/history').reply(204);
      const error = await rejection(
        historyModule().batchUpdate([
          { id: 'a', read: true },
          { id: 'b', starred: 1 as never },
        ]),
      );
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'updates[1].starred');
      const missingId = await rejection(historyModule().batchUpdate([{ read: true } as never]));
      expect(missingId).to.be.instanceOf(ValidationError).with.property('field', 'updates[0].id');
      expectNoRequest(scope);
    });

    it('batchUpdateEvents rejects a callback that is not a function without a request', async () => {
      const scope = mockApi().put('/history').reply(204);
      const error = await rejection(historyModule().batchUpdateEvents([entry('a')] as never, { read: true } as never));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'callback');
      expectNoRequest(scope);
    });

    it('maps 403 on update to PermissionError naming history:write', async () => {
      mockApi().put('/history').reply(403);
      const error = await rejection(historyModule().batchUpdate([{ id: 'a', read: true }]));
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('history:write');
    });
  });

  describe('exportAsCsvString', () => {
    it('sends GET /history/export with the filter and returns the CSV text', async () => {
      const csv = 'id,source,target\nh1,+4921100000001,+4921100000002\n';
      mockApi().get('/history/export').query(true).reply(200, csv, { 'Content-Type': 'application/octet-stream' });
      const result = await historyModule().exportAsCsvString(
        { types: [HistoryEntryType.FAX, HistoryEntryType.VOICEMAIL], starred: Starred.STARRED, archived: false },
        { offset: 0, limit: 1000 },
      );
      expect(result).to.equal(csv);
      expect(recordedRequests()[0].query).to.deep.equal({
        types: ['FAX', 'VOICEMAIL'],
        starred: 'STARRED',
        archived: 'false',
        offset: '0',
        limit: '1000',
      });
    });

    it('leaves out phonenumber and keys it does not know, as the official package does', async () => {
      mockApi().get('/history/export').query({ types: 'SMS' }).reply(200, 'id\n');
      const filter = { types: [HistoryEntryType.SMS], phonenumber: '+4921112345', unknown: 1 } as never;
      expect(await historyModule().exportAsCsvString(filter)).to.equal('id\n');
    });

    it('refuses bad pagination without a request', async () => {
      const scope = mockApi().get('/history/export').query(true).reply(200, '');
      const limit = await rejection(historyModule().exportAsCsvString({}, { limit: 5000 }));
      expect(limit).to.be.instanceOf(ValidationError).with.property('field', 'pagination.limit');
      expectNoRequest(scope);
    });

    it('maps 400 to BadRequestError', async () => {
      mockApi().get('/history/export').reply(400);
      const error = await rejection(historyModule().exportAsCsvString());
      expect(error).to.be.instanceOf(BadRequestError);
      expect((error as Error).message).to.contain('Invalid filter or pagination input');
    });
  });
});
