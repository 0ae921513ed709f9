/** The SMS module side by side with the official package: same requests, same results on valid input. */
import { expect } from 'chai';
import { createSMSModule } from '../../../lib/sms';
import { expectParity, official, officialClient, ourClient, runBoth, type Interceptors } from './parity-kit';

const sms = {
  official: () => official.createSMSModule(officialClient()),
  ours: () => createSMSModule(ourClient()),
};
const posted: Interceptors = (scope) => {
  scope().post('/sessions/sms').reply(204);
};

describe('official parity: sms', () => {
  it('send from an SMS extension', async () => {
    const message = { smsId: 's0', to: '+4915700000000', message: 'Hello' };
    await expectParity(
      posted,
      () => sms.official().send(message),
      () => sms.ours().send(message),
    );
  });

  it('send scheduled at a whole second', async () => {
    const message = { smsId: 's0', to: '+4915700000000', message: 'Later' };
    const sendAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3_600_000);
    await expectParity(
      posted,
      () => sms.official().send(message, sendAt),
      () => sms.ours().send(message, sendAt),
    );
  });

  it('send scheduled at a fractional second (difference: ours sends whole seconds)', async () => {
    const message = { smsId: 's0', to: '+4915700000000', message: 'Later' };
    const sendAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3_600_500);
    const { official: theirs, ours } = await runBoth(
      posted,
      () => sms.official().send(message, sendAt),
      () => sms.ours().send(message, sendAt),
    );
    expect((theirs.requests[0].body as { sendAt: number }).sendAt).to.equal(sendAt.getTime() / 1000);
    expect((ours.requests[0].body as { sendAt: number }).sendAt).to.equal(Math.floor(sendAt.getTime() / 1000));
  });

  it('send from a verified number (difference: ours sends defaultNumber as a boolean, the official as "true")', async () => {
    const fromNumber: Interceptors = (scope) => {
      scope()
        .get('/authorization/userinfo')
        .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de' });
      scope()
        .get('/w0/sms')
        .reply(200, { items: [{ id: 's0', alias: 'SMS', callerId: 'sipgate' }] });
      scope()
        .get('/w0/sms/s0/callerids')
        .reply(200, {
          items: [
            { id: 1, phonenumber: '+4921100000001', verified: true, defaultNumber: true },
            { id: 2, phonenumber: '+4921100000002', verified: true, defaultNumber: false },
          ],
        });
      scope().put('/w0/sms/s0/callerids/2').reply(204);
      scope().post('/sessions/sms').reply(204);
      scope().put('/w0/sms/s0/callerids/1').reply(204);
    };
    const message = { from: '+4921100000002', to: '+4915700000000', message: 'Hi' };
    const { official: theirs, ours } = await runBoth(
      fromNumber,
      () => sms.official().send(message),
      () => sms.ours().send(message),
    );
    const asBoolean = theirs.requests.map((request) =>
      request.method === 'PUT' ? { ...request, body: { defaultNumber: true } } : request,
    );
    expect(ours.requests).to.deep.equal(asBoolean);
    expect(ours.error).to.equal(undefined);
    expect(theirs.error).to.equal(undefined);
  });

  it('getSmsExtensions', async () => {
    await expectParity(
      (scope) => {
        scope()
          .get('/w0/sms')
          .reply(200, { items: [{ id: 's0', alias: 'SMS', callerId: '+4921100000001' }] });
      },
      () => sms.official().getSmsExtensions('w0'),
      () => sms.ours().getSmsExtensions('w0'),
    );
  });
});
