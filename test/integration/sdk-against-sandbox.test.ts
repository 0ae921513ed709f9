/**
 * The SDK's modules against the project's own sandbox over real HTTP on
 * loopback: the paths that depend on server state, which nock cannot show.
 */
import { expect } from 'chai';
import { FaxStatus, HistoryEntryType, sipgateIO, type SipgateIO } from '../../lib';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../lib/sandbox';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe('SDK modules against the sandbox', function () {
  this.timeout(20_000);
  let sandbox: Sandbox;
  let client: SipgateIO;

  before(async () => {
    sandbox = await createSandbox({ faxStepMs: 10 });
  });
  after(() => sandbox.stop());
  beforeEach(() => {
    sandbox.reset();
    client = sipgateIO(SANDBOX_CREDENTIALS, { baseUrl: sandbox.url, retryBaseDelayMs: 1 });
  });

  it('sends an SMS from a verified number and leaves the default sender as it was', async () => {
    const before = await client.sms.getSmsCallerIds('s0');
    const other = before.find((callerId) => callerId.verified && !callerId.defaultNumber);
    expect(other, 'the sandbox seeds a second verified sender').to.not.equal(undefined);
    await client.sms.send({ from: other!.phonenumber, to: '+4915799912345', message: 'from a number' });
    const [entry] = await client.history.fetchAll({ types: [HistoryEntryType.SMS] }, { limit: 1 });
    expect(entry.source).to.equal(other!.phonenumber);
    expect(await client.sms.getSmsCallerIds('s0')).to.deep.equal(before);
  });

  it('follows a fax from PENDING to SENT through getFaxStatus', async () => {
    const { sessionId } = await client.fax.send({ to: '+4921100000000', fileContent: PDF });
    const seen = new Set<FaxStatus>();
    for (let polls = 0; polls < 200 && !seen.has(FaxStatus.SENT); polls += 1) {
      seen.add(await client.fax.getFaxStatus(sessionId));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect([...seen]).to.include(FaxStatus.SENT);
  });

  it('imports CSV contacts and exports them as CSV and vCard again', async () => {
    await client.contacts.importFromCsvString(
      'number,lastname,firstname,ignored\n+4921163553355,Lovelace,Ada,x\n\n"+4921163553356","Zoë, Jr.",Zoë,y\n',
    );
    const names = (await client.contacts.exportAsObjects('PRIVATE')).map((contact) => contact.name);
    expect(names).to.include.members(['Ada Lovelace', 'Zoë Zoë, Jr.']);
    const csv = await client.contacts.exportAsCsv('PRIVATE', ';');
    expect(csv).to.contain('Ada Lovelace').and.contain('Zoë Zoë, Jr.').and.contain(';');
    const book = await client.contacts.exportAsSingleVCard('PRIVATE');
    expect(book).to.contain('BEGIN:VCARD').and.contain('FN:Ada Lovelace');
  });

  it('walks the whole history with iterate(), matching totalCount', async () => {
    const { totalCount } = await client.history.fetchPage({}, { limit: 1 });
    let count = 0;
    for await (const entry of client.history.iterate({}, { pageSize: 2 })) {
      expect(entry.created).to.be.instanceOf(Date);
      count += 1;
    }
    expect(count).to.equal(totalCount);
  });

  it('retries a 429 with Retry-After for a GET and for an SMS POST (a 429 was not processed)', async () => {
    sandbox.injectFault({ method: 'GET', path: '/settings/sipgateio', status: 429, retryAfterSeconds: 0 });
    expect((await client.settings.getWebhookSettings()).log).to.be.a('boolean');
    sandbox.injectFault({ method: 'POST', path: '/sessions/sms', status: 429, retryAfterSeconds: 0 });
    await client.sms.send({ smsId: 's0', to: '+4915799912345', message: 'once' });
    // The refused attempt and the one that was processed.
    expect(
      sandbox.requests.filter((request) => request.method === 'POST' && request.path.startsWith('/v2/sessions/sms')),
    ).to.have.length(2);
  });
});
