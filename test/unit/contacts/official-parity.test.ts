/**
 * Ours and the official `sipgateio` 2.15.1 on the same mocked GET /contacts answers: the JSON and CSV exports
 * must be byte for byte the same (the official package is in node_modules; nock intercepts both), except for
 * the documented formula guard.
 */
import { expect } from 'chai';
import type { ContactResponse, ContactUpdate } from '../../../lib/contacts';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { TEST_CREDENTIALS } from '../../support/module-test-kit';
import { ada, contact, contactsModule, zoe } from '../../fixtures/contacts/contacts-fixtures';

const official = require('sipgateio') as {
  sipgateIO(credentials: { tokenId: string; token: string }): unknown;
  createContactsModule(client: unknown): {
    exportAsJSON(scope: string, pagination?: unknown): Promise<string>;
    paginatedExportAsJSON(scope: string, pagination?: unknown): Promise<{ response: string; hasMore: boolean }>;
    exportAsCsv(scope: string, delimiter?: string, pagination?: unknown): Promise<string>;
    paginatedExportAsCsv(
      scope: string,
      delimiter?: string,
      pagination?: unknown,
    ): Promise<{ response: string; hasMore: boolean }>;
  };
};

const theirs = () => official.createContactsModule(official.sipgateIO(TEST_CREDENTIALS));

const tricky = contact('c-q', 'PRIVATE', {
  name: 'Jo "JJ" Smith, Jr.\nsecond line',
  emails: [{ email: 'jo@example.com', type: ['home'] }],
  addresses: [
    {
      poBox: 'PO 1',
      extendedAddress: '',
      streetAddress: 'Main; "Rear"',
      locality: 'Köln',
      region: '',
      postalCode: '50667',
      country: 'DE',
    },
  ],
  organization: [['ACME, Inc.', 'R&D'], ['Other']],
});
// Characters JSON escapes, inside the JSON list cells: backslash, control characters, an emoji, a lone surrogate.
const escaped = contact('c-e', 'SHARED', {
  name: 'Back\\slash \u0001 😀',
  emails: [{ email: 'a\\b"c@example.com', type: [] }],
  addresses: [
    {
      poBox: '\t',
      extendedAddress: '\ud800',
      streetAddress: 'Line 1\r\nLine 2 😀',
      locality: '\u001f',
      region: '',
      postalCode: '',
      country: '',
    },
  ],
  organization: [['"Quoted"', 'Back\\slash']],
});
const items: ContactResponse[] = [ada, zoe, tricky, escaped];

/** Both packages read the same answer; returns [ours, official]. */
async function both<T>(run: (module: 'ours' | 'official') => Promise<T>): Promise<[T, T]> {
  mockApi().get('/contacts').query(true).times(2).reply(200, { items, totalCount: items.length });
  const ours = await run('ours');
  const theirsResult = await run('official');
  return [ours, theirsResult];
}

describe('contacts exports match the official package on the same answers', function () {
  // The first request of the official package loads its HTTP stack.
  this.timeout(30000);
  for (const scope of ['ALL', 'PRIVATE', 'SHARED'] as const) {
    it(`exportAsJSON('${scope}') is the same string`, async () => {
      const [ours, theirsJson] = await both((who) =>
        who === 'ours' ? contactsModule().exportAsJSON(scope) : theirs().exportAsJSON(scope),
      );
      // The official reports the server's count of every scope; ours the count of the requested scope.
      const expected = JSON.parse(theirsJson) as { contacts: unknown[]; totalCount: number };
      expected.totalCount = scope === 'ALL' ? expected.totalCount : expected.contacts.length;
      expect(ours).to.equal(JSON.stringify(expected));
    });
  }

  it('paginatedExportAsJSON with offset/limit on ALL: same string, same hasMore, same query', async () => {
    const [ours, theirsPage] = await both((who) =>
      who === 'ours'
        ? contactsModule().paginatedExportAsJSON('ALL', { offset: 0, limit: items.length })
        : theirs().paginatedExportAsJSON('ALL', { offset: 0, limit: items.length }),
    );
    expect(ours).to.deep.equal(theirsPage);
    const [ourQuery, theirQuery] = recordedRequests().map((request) => request.query);
    expect(ourQuery).to.deep.equal(theirQuery);
  });

  for (const delimiter of [',', ';']) {
    it(`exportAsCsv('ALL', '${delimiter}') is the same text: header, quoting, JSON list cells`, async () => {
      const [ours, theirsCsv] = await both((who) =>
        who === 'ours' ? contactsModule().exportAsCsv('ALL', delimiter) : theirs().exportAsCsv('ALL', delimiter),
      );
      expect(ours).to.equal(theirsCsv);
    });
  }

  it('paginatedExportAsCsv: same text and hasMore', async () => {
    const [ours, theirsPage] = await both((who) =>
      who === 'ours'
        ? contactsModule().paginatedExportAsCsv('ALL', ',', { offset: 0, limit: items.length })
        : theirs().paginatedExportAsCsv('ALL', ',', { offset: 0, limit: items.length }),
    );
    expect(ours).to.deep.equal(theirsPage);
  });

  it('differs from the official only where a cell would run as a formula', async () => {
    const attack = contact('c-f', 'PRIVATE', { name: "-2+3+cmd|' /C calc'!A0" });
    mockApi()
      .get('/contacts')
      .query(true)
      .times(2)
      .reply(200, { items: [attack], totalCount: 1 });
    const ours = await contactsModule().exportAsCsv('ALL');
    const theirsCsv = await theirs().exportAsCsv('ALL');
    expect(ours).to.equal(theirsCsv.replace(`"-2+3`, `"'-2+3`));
    expect(ours).not.to.equal(theirsCsv);
  });

  it('a contact read with get() passes to update() as it is (type check) and is sent unchanged', async () => {
    mockApi()
      .get('/contacts')
      .query(true)
      .reply(200, { items: [ada], totalCount: 1 })
      .put('/contacts/c-ada')
      .reply(204);
    const module = contactsModule();
    const [read] = await module.get('SHARED');
    const update: ContactUpdate = read;
    await module.update(update);
    const put = recordedRequests().find((request) => request.method === 'PUT');
    expect(put?.body).to.include({ id: 'c-ada', name: 'Ada Lovelace', scope: 'SHARED' });
  });
});
