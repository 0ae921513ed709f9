/** The history module side by side with the official package: same requests, same results on valid input. */
import { expect } from 'chai';
import { createHistoryModule, HistoryDirection, HistoryEntryType, Starred } from '../../../lib/history';
import { expectParity, official, officialClient, ourClient, runBoth, type Interceptors } from './parity-kit';
import { ValidationError } from '../../../lib/core/errors';

const base = {
  source: '+4921100000001',
  target: '+4921100000002',
  sourceAlias: 'Ada',
  targetAlias: 'Bob',
  created: '2024-03-01T10:00:00Z',
  lastModified: '2024-03-01T10:05:00Z',
  direction: 'OUTGOING',
  incoming: false,
  status: 'PICKUP',
  connectionIds: ['p0'],
  read: false,
  archived: false,
  note: '',
  endpoints: [{ type: 'ROUTED', endpoint: { extension: 'p0', type: 'PHONELINE' } }],
  starred: false,
  labels: [],
};
const callEntry = {
  ...base,
  id: 'h1',
  type: 'CALL',
  callId: 'c1',
  recordings: [],
  duration: 42,
  callStatus: 'SUCCESS',
};
const faxEntry = {
  ...base,
  id: 'h2',
  type: 'FAX',
  faxStatusType: 'SENT',
  scheduled: '',
  documentUrl: 'https://example.com/d.pdf',
  reportUrl: 'https://example.com/r.pdf',
  previewUrl: 'https://example.com/p.png',
  pageCount: 1,
};

const history = {
  official: () => official.createHistoryModule(officialClient()),
  ours: () => createHistoryModule(ourClient()),
};

describe('official parity: history', () => {
  const listed: Interceptors = (scope) => {
    scope()
      .get('/history')
      .query(true)
      .reply(200, { items: [callEntry, faxEntry], totalCount: 2 });
  };

  const filters = {
    'no filter': undefined,
    'every filter key': {
      connectionIds: ['p0', 'g1'],
      types: [HistoryEntryType.CALL, HistoryEntryType.FAX],
      directions: [HistoryDirection.INCOMING, HistoryDirection.MISSED_INCOMING],
      archived: false,
      starred: Starred.STARRED,
      startDate: new Date('2024-03-01T00:00:00Z'),
      endDate: new Date('2024-03-31T23:59:59Z'),
      phonenumber: '+4921100000001',
    },
    'starred as a boolean': { starred: false },
    'a national phone number': { phonenumber: '02111234567' },
  };
  for (const [name, filter] of Object.entries(filters)) {
    it(`fetchAll: ${name}, with pagination`, async () => {
      await expectParity(
        listed,
        () => history.official().fetchAll(filter as never, { offset: 10, limit: 5 }),
        () => history.ours().fetchAll(filter, { offset: 10, limit: 5 }),
      );
    });
  }

  it('fetchAll without pagination', async () => {
    await expectParity(
      listed,
      () => history.official().fetchAll(),
      () => history.ours().fetchAll(),
    );
  });

  it('fetchById of a call entry', async () => {
    const one: Interceptors = (scope) => {
      scope().get('/history/h1').reply(200, callEntry);
    };
    await expectParity(
      one,
      () => history.official().fetchById('h1'),
      () => history.ours().fetchById('h1'),
    );
  });

  it('fetchById of a fax entry (difference: ours names the status faxStatus, as fetchAll does in both)', async () => {
    const one: Interceptors = (scope) => {
      scope().get('/history/h2').reply(200, faxEntry);
    };
    const { official: theirs, ours } = await runBoth(
      one,
      () => history.official().fetchById('h2'),
      () => history.ours().fetchById('h2'),
    );
    expect(ours.requests).to.deep.equal(theirs.requests);
    const { faxStatusType, ...rest } = theirs.result as typeof faxEntry;
    expect(ours.result).to.deep.equal({ ...rest, faxStatus: faxStatusType });
  });

  it('deleteById', async () => {
    await expectParity(
      (scope) => {
        scope().delete('/history/h1').reply(204);
      },
      () => history.official().deleteById('h1'),
      () => history.ours().deleteById('h1'),
    );
  });

  it('deleteByListOfIds', async () => {
    await expectParity(
      (scope) => {
        scope().delete('/history').query(true).reply(204);
      },
      () => history.official().deleteByListOfIds(['h1', 'h2', 'h3']),
      () => history.ours().deleteByListOfIds(['h1', 'h2', 'h3']),
    );
  });

  it('batchUpdateEvents: entries with and without a note', async () => {
    const events = [callEntry, faxEntry, { ...callEntry, id: 'h3' }] as never[];
    const callback = (entry: { id: string }) =>
      entry.id === 'h1' ? { note: 'call back', starred: true } : { read: true, archived: true };
    await expectParity(
      (scope) => {
        scope().put('/history/h1').reply(204);
        scope().put('/history').reply(204);
      },
      () => history.official().batchUpdateEvents(events, callback),
      () => history.ours().batchUpdateEvents(events, callback),
    );
  });

  it('batchUpdateEvents: only notes (difference: the official also sends an empty PUT /history, we do not)', async () => {
    const events = [callEntry] as never[];
    const { official: theirs, ours } = await runBoth(
      (scope) => {
        scope().put('/history/h1').reply(204);
        scope().put('/history').reply(204);
      },
      () => history.official().batchUpdateEvents(events, () => ({ note: 'n' })),
      () => history.ours().batchUpdateEvents(events, () => ({ note: 'n' })),
    );
    expect(theirs.requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      'PUT /v2/history/h1',
      'PUT /v2/history',
    ]);
    expect(theirs.requests[1].body).to.deep.equal([]);
    expect(ours.requests).to.deep.equal([theirs.requests[0]]);
  });

  const csv = 'id,source,target\nh1,+4921100000001,+4921100000002\n';
  const exported: Interceptors = (scope) => {
    scope().get('/history/export').query(true).reply(200, csv, { 'Content-Type': 'text/csv' });
  };
  const exportFilters = {
    'no filter': undefined,
    'every export filter key': {
      connectionIds: ['p0'],
      types: [HistoryEntryType.SMS],
      directions: [HistoryDirection.OUTGOING],
      archived: true,
      starred: true,
      startDate: new Date('2024-01-01T00:00:00Z'),
      endDate: new Date('2024-02-01T00:00:00Z'),
    },
    'a fetchAll filter with phonenumber (ignored by the export in both)': {
      types: [HistoryEntryType.CALL],
      phonenumber: '+4921100000001',
    },
  };
  for (const [name, filter] of Object.entries(exportFilters)) {
    it(`exportAsCsvString: ${name}`, async () => {
      await expectParity(
        exported,
        () => history.official().exportAsCsvString(filter as never, { offset: 0, limit: 100 }),
        () => history.ours().exportAsCsvString(filter, { offset: 0, limit: 100 }),
      );
    });
  }

  it('refuses a connection id that is not an extension (sokx5) before any request, as the official does', async () => {
    const { official: theirs, ours } = await runBoth(
      listed,
      () => history.official().fetchAll({ connectionIds: ['p0', 'sokx5'] }),
      () => history.ours().fetchAll({ connectionIds: ['p0', 'sokx5'] }),
    );
    expect(theirs.error, 'the official refuses it').to.be.instanceOf(Error);
    expect(ours.error).to.be.instanceOf(ValidationError).and.include({ field: 'filter.connectionIds[1]' });
    expect([theirs.requests, ours.requests]).to.deep.equal([[], []]);
  });
});
