/** The fax module side by side with the official package: same requests, same results on valid input. */
import { expect } from 'chai';
import { createFaxModule, defaultFaxFilename } from '../../../lib/fax';
import { expectParity, official, officialClient, ourClient, runBoth, type Interceptors } from './parity-kit';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const fax = {
  official: () => official.createFaxModule(officialClient()),
  ours: () => createFaxModule(ourClient()),
};
const sent: Interceptors = (scope) => {
  scope().post('/sessions/fax').reply(200, { sessionId: 'f00d' });
};
const faxline = { id: 'f0', alias: 'Fax', tagline: 'Ada', canSend: true, canReceive: true };

describe('official parity: fax', () => {
  it('send with a file name', async () => {
    const message = { to: '+4921100000000', fileContent: PDF, filename: 'invoice.pdf', faxlineId: 'f0' };
    await expectParity(
      sent,
      () => fax.official().send({ ...message }),
      () => fax.ours().send({ ...message }),
    );
  });

  it('send without a file name: the same default name Fax_yyyyMMdd_HHmm (UTC)', async () => {
    const message = { to: '+4921100000000', fileContent: PDF, faxlineId: 'f0' };
    // The name carries the minute: a run that straddles a minute boundary is repeated once.
    for (let attempt = 0; ; attempt += 1) {
      const { official: theirs, ours } = await runBoth(
        sent,
        () => fax.official().send({ ...message }),
        () => fax.ours().send({ ...message }),
      );
      if (attempt === 0 && JSON.stringify(theirs.requests) !== JSON.stringify(ours.requests)) continue;
      expect(ours.requests).to.deep.equal(theirs.requests);
      expect((ours.requests[0].body as { filename: string }).filename).to.match(/^Fax_\d{8}_\d{4}$/);
      expect(ours.result).to.deep.equal(theirs.result);
      return;
    }
  });

  it('defaultFaxFilename formats like the official in UTC, whatever the local time zone', () => {
    expect(defaultFaxFilename(new Date('2024-12-31T23:59:59.999Z'))).to.equal('Fax_20241231_2359');
    expect(defaultFaxFilename(new Date('2024-01-02T03:04:05Z'))).to.equal('Fax_20240102_0304');
  });

  it('getFaxStatus', async () => {
    await expectParity(
      (scope) => {
        scope().get('/history/f00d').reply(200, { id: 'f00d', type: 'FAX', faxStatusType: 'SENDING' });
      },
      () => fax.official().getFaxStatus('f00d'),
      () => fax.ours().getFaxStatus('f00d'),
    );
  });

  it('getFaxlines', async () => {
    await expectParity(
      (scope) => {
        scope()
          .get('/authorization/userinfo')
          .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de' });
        scope()
          .get('/w0/faxlines')
          .reply(200, { items: [faxline] });
      },
      () => fax.official().getFaxlines(),
      () => fax.ours().getFaxlines(),
    );
  });

  it('getFaxlinesByWebUser', async () => {
    await expectParity(
      (scope) => {
        scope()
          .get('/w1/faxlines')
          .reply(200, { items: [faxline] });
      },
      () => fax.official().getFaxlinesByWebUser('w1'),
      () => fax.ours().getFaxlinesByWebUser('w1'),
    );
  });
});
