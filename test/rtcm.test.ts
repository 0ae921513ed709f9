import { expect } from 'chai';
import { ConflictError, NotFoundError, ValidationError } from '../lib/core/errors';
import { createRTCMModule } from '../lib/rtcm';
import { mockApi, recordedRequests } from './support/api-mock';
import { expectNoRequest, rejection, testClient } from './support/module-test-kit';

const rtcm = () => createRTCMModule(testClient());
const CALL = { callId: 'c1' };

describe('rtcm module', () => {
  it('lists established calls from GET /calls (data)', async () => {
    const call = { callId: 'c1', muted: false, recording: false, hold: false, participants: [{ participantId: 'p', phoneNumber: '+4921100000000', muted: false, hold: false, owner: true }] };
    mockApi().get('/calls').reply(200, { data: [call] });
    expect(await rtcm().getEstablishedCalls()).to.deep.equal([call]);
  });

  const actions: Array<[string, (m: ReturnType<typeof rtcm>) => Promise<void>, string, string, unknown]> = [
    ['mute', (m) => m.mute(CALL, true), 'PUT', '/v2/calls/c1/muted', { value: true }],
    ['hold', (m) => m.hold(CALL, false), 'PUT', '/v2/calls/c1/hold', { value: false }],
    ['record', (m) => m.record(CALL, { announcement: true, value: true }), 'PUT', '/v2/calls/c1/recording', { announcement: true, value: true }],
    ['announce', (m) => m.announce(CALL, 'https://example.com/a.wav'), 'POST', '/v2/calls/c1/announcements', { url: 'https://example.com/a.wav' }],
    ['transfer', (m) => m.transfer(CALL, { attended: true, phoneNumber: '+4921100000000' }), 'POST', '/v2/calls/c1/transfer', { attended: true, phoneNumber: '+4921100000000' }],
    ['sendDTMF', (m) => m.sendDTMF(CALL, '12ab#*'), 'POST', '/v2/calls/c1/dtmf', { sequence: '12AB#*' }],
    ['hangUp', (m) => m.hangUp(CALL), 'DELETE', '/v2/calls/c1', undefined],
  ];
  for (const [name, act, method, path, body] of actions) {
    it(`${name} sends ${method} ${path}`, async () => {
      const scope = mockApi().intercept(path.replace('/v2', ''), method).reply(204);
      await act(rtcm());
      expect(scope.isDone()).to.equal(true);
      const [request] = recordedRequests();
      expect(request.body).to.deep.equal(body);
    });
  }

  it('encodes the call id into the path', async () => {
    mockApi().delete('/calls/a%2Fb').reply(204);
    await rtcm().hangUp({ callId: 'a/b' });
    expect(recordedRequests()[0].path).to.equal('/v2/calls/a%2Fb');
  });

  const invalid: Array<[string, (m: ReturnType<typeof rtcm>) => Promise<void>, string]> = [
    ['a call without callId', (m) => m.mute({} as never, true), 'call.callId'],
    ['a non-boolean mute status', (m) => m.mute(CALL, 'on' as never), 'status'],
    ['bad DTMF characters', (m) => m.sendDTMF(CALL, '12E'), 'sequence'],
    ['a non-URL announcement', (m) => m.announce(CALL, 'file.wav'), 'announcement'],
    ['a transfer target that is no number', (m) => m.transfer(CALL, { attended: false, phoneNumber: 'e0' }), 'transferOptions.phoneNumber'],
    ['incomplete record options', (m) => m.record(CALL, { value: true } as never), 'recordOptions.announcement'],
  ];
  for (const [name, act, field] of invalid) {
    it(`rejects ${name} (field ${field}) without a request`, async () => {
      const scope = mockApi().put('/calls/c1/muted').reply(204);
      const error = await rejection(act(rtcm()));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal(field);
      expectNoRequest(scope);
    });
  }

  it('maps 404 to NotFoundError "Call could not be found" and 409 on hold to ConflictError', async () => {
    mockApi().put('/calls/gone/muted').reply(404);
    const missing = await rejection(rtcm().mute({ callId: 'gone' }, true));
    expect(missing).to.be.instanceOf(NotFoundError);
    expect((missing as Error).message).to.contain('Call could not be found');
    mockApi().put('/calls/c1/hold').reply(409);
    const ringing = await rejection(rtcm().hold(CALL, true));
    expect(ringing).to.be.instanceOf(ConflictError);
    expect((ringing as Error).message).to.contain('not established');
  });

  it('does not repeat a DTMF sequence after a server error (POST)', async () => {
    mockApi().post('/calls/c1/dtmf').times(3).reply(503);
    await rejection(rtcm().sendDTMF(CALL, '1'));
    expect(recordedRequests()).to.have.length(1);
  });
});
