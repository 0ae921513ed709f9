/** The history CSV export goes through the same formula guard as the contacts export. */
import { expect } from 'chai';
import { createHistoryModule } from '../../lib/history';
import { mockApi } from '../support/api-mock';
import { testClient } from '../support/module-test-kit';

describe('history CSV export formula guard', () => {
  it('neutralises formula cells and keeps phone numbers in the number columns', async () => {
    const csv =
      'id,created,source,target,note\r\n' +
      'h1,2026-01-01T10:00:00Z,+4921100000001,+4921100000002,"=HYPERLINK(""http://evil.example"",""x"")"\r\n' +
      "h2,2026-01-01T11:00:00Z,-2+3+cmd|' /C calc'!A0,+4921100000002,@SUM(1)\r\n";
    mockApi().get('/history/export').query(true).reply(200, csv, { 'Content-Type': 'application/octet-stream' });
    const result = await createHistoryModule(testClient()).exportAsCsvString();
    expect(result).to.equal(
      'id,created,source,target,note\r\n' +
        `h1,2026-01-01T10:00:00Z,+4921100000001,+4921100000002,"'=HYPERLINK(""http://evil.example"",""x"")"\r\n` +
        "h2,2026-01-01T11:00:00Z,'-2+3+cmd|' /C calc'!A0,+4921100000002,'@SUM(1)\r\n",
    );
  });
});
