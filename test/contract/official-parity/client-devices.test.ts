/**
 * The client's own functions (getAuthenticatedWebuserId, getWebUsers, get/post/put/patch/delete) and the devices
 * module side by side with the official package: same requests, same results.
 */
import { expect } from 'chai';
import nock from 'nock';
import { createDevicesModule } from '../../../lib/devices';
import { webuser } from '../../support/api-fixtures';
import { expectParity, official, officialClient, ourClient, runBoth, type Interceptors } from './parity-kit';

const DEVICES = [
  { id: 'e0', alias: 'Desk', type: 'REGISTER', dnd: false, online: true, callerId: '+4921100000000', owner: 'w0' },
  {
    id: 'y0',
    alias: 'Mobile',
    type: 'MOBILE',
    dnd: true,
    online: false,
    activePhonelines: [{ id: 'p0', alias: 'Line' }],
    activeGroups: [],
  },
];

/** Same requests; on a 204 the official resolves to axios's empty string, ours to undefined (README differences). */
async function expectEmptyAnswerParity(
  interceptors: Interceptors,
  runOfficialCall: () => Promise<unknown>,
  runOurCall: () => Promise<unknown>,
): Promise<void> {
  const { official: theirs, ours } = await runBoth(interceptors, runOfficialCall, runOurCall);
  if (theirs.error || ours.error) throw theirs.error ?? ours.error;
  expect(ours.requests).to.deep.equal(theirs.requests);
  expect(theirs.result).to.equal('');
  expect(ours.result).to.equal(undefined);
}

describe('official parity: client functions and devices', () => {
  it('getAuthenticatedWebuserId', async () => {
    await expectParity(
      (scope) => {
        scope().get('/authorization/userinfo').reply(200, { sub: 'w0', domain: 'sipgate.de', locale: 'de_DE' });
      },
      () => officialClient().getAuthenticatedWebuserId(),
      () => ourClient().getAuthenticatedWebuserId(),
    );
  });

  it('getWebUsers', async () => {
    await expectParity(
      (scope) => {
        scope()
          .get('/users')
          .reply(200, { items: [webuser] });
      },
      () => officialClient().getWebUsers(),
      () => ourClient().getWebUsers(),
    );
  });

  const balance: Interceptors = (scope) => {
    scope().get('/balance').reply(200, { amount: 12345, currency: 'EUR' });
  };
  it('get: the parsed JSON body', async () => {
    await expectParity(
      balance,
      () => officialClient().get('balance'),
      () => ourClient().get('balance'),
    );
  });

  it('post: the same body sent; an empty answer is undefined (difference: the official gives axios\'s "")', async () => {
    const sms = { smsId: 's0', recipient: '+4915799912345', message: 'hello' };
    await expectEmptyAnswerParity(
      (scope) => {
        scope().post('/sessions/sms').reply(204);
      },
      () => officialClient().post('sessions/sms', sms),
      () => ourClient().post('sessions/sms', sms),
    );
  });

  it('put: the same body sent; an empty answer is undefined (difference: the official gives "")', async () => {
    const update = { starred: true, note: 'call back' };
    await expectEmptyAnswerParity(
      (scope) => {
        scope().put('/history/h1').reply(204);
      },
      () => officialClient().put('history/h1', update),
      () => ourClient().put('history/h1', update),
    );
  });

  it('patch: the same body sent, the same result (nock without the API check: no operation uses PATCH)', async () => {
    const sent: unknown[] = [];
    const answer = async (client: { patch: (url: string, data: unknown) => Promise<unknown> }) => {
      nock('https://api.sipgate.com')
        .patch('/v2/things/t1', (body) => (sent.push(body), true))
        .reply(200, { ok: true });
      return client.patch('things/t1', { a: 1 });
    };
    const theirs = await answer(officialClient());
    const ours = await answer(ourClient());
    expect(ours).to.deep.equal(theirs);
    expect(sent).to.deep.equal([{ a: 1 }, { a: 1 }]);
  });

  it('delete: the same request; an empty answer is undefined (difference: the official gives "")', async () => {
    await expectEmptyAnswerParity(
      (scope) => {
        scope().delete('/history/h1').reply(204);
      },
      () => officialClient().delete('history/h1'),
      () => ourClient().delete('history/h1'),
    );
  });

  it('devices.getDevices', async () => {
    await expectParity(
      (scope) => {
        scope().get('/w0/devices').reply(200, { items: DEVICES });
      },
      () => official.createDevicesModule(officialClient()).getDevices('w0'),
      () => createDevicesModule(ourClient()).getDevices('w0'),
    );
  });
});
