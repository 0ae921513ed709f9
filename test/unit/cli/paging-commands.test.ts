/**
 * The CLI's exports against a server that ignores `offset` (nock): they end with exit 1 and a clear message after
 * the first repeated page, instead of looping or writing the same rows again.
 */
import { expect } from 'chai';
import { DEFAULT_CONTACTS_PAGE_SIZE } from '../../../lib/contacts/contacts';
import { contact, historyEntry, ignoringOffset } from '../../support/api-fixtures';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { runInProcess } from '../../support/cli-run';
import { TEST_CREDENTIALS } from '../../support/module-test-kit';

const env = {
  SIPGATE_BASE_URL: 'https://api.sipgate.com/v2',
  SIPGATE_TOKEN_ID: TEST_CREDENTIALS.tokenId,
  SIPGATE_TOKEN: TEST_CREDENTIALS.token,
};

describe('sipgateio exports stop when the server ignores offset', () => {
  it('history export fails with PaginationStalledError after the second page and writes no rows', async () => {
    ignoringOffset('/history', { items: [historyEntry('h1'), historyEntry('h2')], totalCount: 10 });
    const result = await runInProcess(['history', 'export', '--page-size', '2'], env);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(
      /PaginationStalledError: The server answered offset 2 with a page it had already sent \(\/history\)/,
    );
    expect(result.stdout).to.equal('');
    expect(recordedRequests().map((request) => request.query.offset)).to.deep.equal(['0', '2']);
  });

  it('history export still reads every page of a server that honours offset, with progress up to the total', async () => {
    mockApi()
      .get('/history')
      .query({ offset: '0', limit: '2' })
      .reply(200, { items: [historyEntry('h1'), historyEntry('h2')], totalCount: 3 });
    mockApi()
      .get('/history')
      .query({ offset: '2', limit: '2' })
      .reply(200, { items: [historyEntry('h3')], totalCount: 3 });
    const result = await runInProcess(['history', 'export', '--format', 'json', '--page-size', '2'], env);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.equal('history: 2/3\nhistory: 3/3\nexported 3 history entries\n');
    expect((JSON.parse(result.stdout) as Array<{ id: string }>).map((item) => item.id)).to.deep.equal([
      'h1',
      'h2',
      'h3',
    ]);
  });

  it('history export refuses a page size above the API maximum before any request', async () => {
    const result = await runInProcess(['history', 'export', '--page-size', '1001'], env);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.contain('--page-size must be a whole number from 1 to 1000');
    expect(recordedRequests()).to.have.length(0);
  });

  it('contacts export fails the same way: it pages through the SDK, in full pages of 5000', async () => {
    const fullPage = Array.from({ length: DEFAULT_CONTACTS_PAGE_SIZE }, (_, i) => contact(`c${i}`));
    ignoringOffset('/contacts', { items: fullPage, totalCount: 4 * DEFAULT_CONTACTS_PAGE_SIZE });
    const result = await runInProcess(['contacts', 'export'], env);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('PaginationStalledError');
    expect(result.stdout).to.equal('');
    expect(recordedRequests()).to.have.length(2);
  });
});
