import { expect } from 'chai';
import { ConflictError, NotFoundError, PermissionError, ValidationError } from '../../lib/core/errors';
import { createRTCMModule } from '../../lib/rtcm';
import { mockApi, recordedRequests } from '../support/api-mock';
import { expectNoRequest, rejection, sdkRejection, testClient } from '../support/module-test-kit';

const rtcm = () => createRTCMModule(testClient());
type Module = ReturnType<typeof rtcm>;
const CALL = { callId: 'c1' };
const ESTABLISHED = {
  callId: 'c1',
  muted: false,
  recording: true,
  hold: false,
  participants: [{ participantId: 'p1', phoneNumber: '+4921100000000', muted: false, hold: false, owner: true }],
};

describe('rtcm module', () => {
  it('lists established calls from GET /calls (the data array), with the SDK headers', async () => {
    mockApi()
      .get('/calls')
      .reply(200, { data: [ESTABLISHED] });
    expect(await rtcm().getEstablishedCalls()).to.deep.equal([ESTABLISHED]);
    const [request] = recordedRequests();
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal('/v2/calls');
    expect(request.headers['x-sipgate-client']).to.be.a('string').and.not.equal('');
    expect(request.headers['x-sipgate-version']).to.be.a('string').and.not.equal('');
  });

  it('returns an empty list when no call is established', async () => {
    mockApi().get('/calls').reply(200, { data: [] });
    expect(await rtcm().getEstablishedCalls()).to.deep.equal([]);
  });

  // [name, action, method, path, body]: every manipulation with its exact request (spec/openapi.yaml, /calls/{callId}/…).
  const actions: Array<[string, (m: Module, call: { callId: string }) => Promise<void>, string, string, unknown]> = [
    ['mute on', (m, c) => m.mute(c, true), 'PUT', '/muted', { value: true }],
    ['mute off', (m, c) => m.mute(c, false), 'PUT', '/muted', { value: false }],
    ['hold', (m, c) => m.hold(c, true), 'PUT', '/hold', { value: true }],
    ['resume', (m, c) => m.hold(c, false), 'PUT', '/hold', { value: false }],
    [
      'record',
      (m, c) => m.record(c, { announcement: true, value: true }),
      'PUT',
      '/recording',
      { announcement: true, value: true },
    ],
    [
      'stop recording',
      (m, c) => m.record(c, { announcement: false, value: false }),
      'PUT',
      '/recording',
      { announcement: false, value: false },
    ],
    [
      'announce',
      (m, c) => m.announce(c, 'https://example.com/a.wav'),
      'POST',
      '/announcements',
      { url: 'https://example.com/a.wav' },
    ],
    [
      'transfer',
      (m, c) => m.transfer(c, { attended: true, phoneNumber: '+4921100000000' }),
      'POST',
      '/transfer',
      { attended: true, phoneNumber: '+4921100000000' },
    ],
    [
      'transfer with callerId',
      (m, c) => m.transfer(c, { attended: false, phoneNumber: '0049 211 000-00000', callerId: '+4921199999' }),
      'POST',
      '/transfer',
      { attended: false, phoneNumber: '+4921100000000', callerId: '+4921199999' },
    ],
    ['sendDTMF', (m, c) => m.sendDTMF(c, '12ab#*'), 'POST', '/dtmf', { sequence: '12AB#*' }],
    ['hangUp', (m, c) => m.hangUp(c), 'DELETE', '', undefined],
  ];

  for (const [name, act, method, suffix, body] of actions) {
    it(`${name} sends ${method} /calls/{callId}${suffix} with the exact body`, async () => {
      const scope = mockApi().intercept(`/calls/c1${suffix}`, method).reply(204);
      await act(rtcm(), CALL);
      expect(scope.isDone()).to.equal(true);
      const requests = recordedRequests();
      expect(requests).to.have.length(1);
      expect(requests[0].method).to.equal(method);
      expect(requests[0].path).to.equal(`/v2/calls/c1${suffix}`);
      expect(requests[0].body).to.deep.equal(body);
    });

    it(`${name}: 404 → NotFoundError "Call could not be found"`, async () => {
      mockApi().intercept(`/calls/gone${suffix}`, method).reply(404);
      const error = await sdkRejection(act(rtcm(), { callId: 'gone' }));
      expect(error).to.be.instanceOf(NotFoundError);
      expect(error.status).to.equal(404);
      expect(error.message).to.contain('Call could not be found');
    });
  }

  it('accepts a full RTCMCall from getEstablishedCalls as the call argument', async () => {
    mockApi().put('/calls/c1/muted').reply(204);
    await rtcm().mute(ESTABLISHED, true);
    expect(recordedRequests()[0].path).to.equal('/v2/calls/c1/muted');
  });

  it('encodes the call id into the path', async () => {
    mockApi().delete('/calls/a%2Fb').reply(204);
    await rtcm().hangUp({ callId: 'a/b' });
    expect(recordedRequests()[0].path).to.equal('/v2/calls/a%2Fb');
  });

  const invalid: Array<[string, (m: Module) => Promise<void>, string]> = [
    ['a call without callId', (m) => m.mute({} as never, true), 'call.callId'],
    ['an empty callId', (m) => m.hangUp({ callId: '' }), 'call.callId'],
    ['a blank callId', (m) => m.hold({ callId: '  ' }, true), 'call.callId'],
    ['a numeric callId', (m) => m.hangUp({ callId: 7 } as never), 'call.callId'],
    ['a null call', (m) => m.hangUp(null as never), 'call'],
    ['a string instead of a call', (m) => m.sendDTMF('c1' as never, '1'), 'call'],
    ['a non-boolean mute status', (m) => m.mute(CALL, 'on' as never), 'status'],
    ['a non-boolean hold status', (m) => m.hold(CALL, 1 as never), 'status'],
    ['missing record options', (m) => m.record(CALL, undefined as never), 'recordOptions'],
    ['incomplete record options', (m) => m.record(CALL, { value: true } as never), 'recordOptions.announcement'],
    [
      'a non-boolean record value',
      (m) => m.record(CALL, { announcement: false, value: 'yes' } as never),
      'recordOptions.value',
    ],
    ['bad DTMF characters', (m) => m.sendDTMF(CALL, '12E'), 'sequence'],
    ['an empty DTMF sequence', (m) => m.sendDTMF(CALL, ''), 'sequence'],
    ['a non-URL announcement', (m) => m.announce(CALL, 'file.wav'), 'announcement'],
    ['an ftp announcement', (m) => m.announce(CALL, 'ftp://example.com/a.wav'), 'announcement'],
    ['missing transfer options', (m) => m.transfer(CALL, null as never), 'transferOptions'],
    [
      'a transfer target that is no number',
      (m) => m.transfer(CALL, { attended: false, phoneNumber: 'e0' }),
      'transferOptions.phoneNumber',
    ],
    [
      'a non-boolean attended flag',
      (m) => m.transfer(CALL, { attended: 'no', phoneNumber: '+4921100000000' } as never),
      'transferOptions.attended',
    ],
    [
      'an invalid transfer callerId',
      (m) => m.transfer(CALL, { attended: true, phoneNumber: '+4921100000000', callerId: 'abc' } as never),
      'transferOptions.callerId',
    ],
  ];
  for (const [name, act, field] of invalid) {
    it(`rejects ${name} (field ${field}) without a request`, async () => {
      const scope = mockApi()
        .intercept(/.*/, 'PUT')
        .reply(204)
        .intercept(/.*/, 'POST')
        .reply(204)
        .intercept(/.*/, 'DELETE')
        .reply(204);
      const error = await rejection(act(rtcm()));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal(field);
      expectNoRequest(scope);
    });
  }

  it('maps 409 on hold to ConflictError saying the call is not established yet', async () => {
    mockApi().put('/calls/c1/hold').reply(409);
    const error = await sdkRejection(rtcm().hold(CALL, true));
    expect(error).to.be.instanceOf(ConflictError);
    expect(error.status).to.equal(409);
    expect(error.message).to.contain('not established');
  });

  it('maps 403 to PermissionError naming the rtcm scope', async () => {
    mockApi().get('/calls').reply(403);
    const error = await sdkRejection(rtcm().getEstablishedCalls());
    expect(error).to.be.instanceOf(PermissionError);
    expect(error.message).to.contain('rtcm');
  });

  it('does not repeat a DTMF sequence after a server error (POST)', async () => {
    mockApi().post('/calls/c1/dtmf').times(3).reply(503);
    await rejection(rtcm().sendDTMF(CALL, '1'));
    expect(recordedRequests()).to.have.length(1);
  });
});
