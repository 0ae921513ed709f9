/** Real-time call manipulation side by side with the official package: same requests, same results. */
import { createRTCMModule } from '../../../lib/rtcm';
import { expectParity, official, officialClient, ourClient } from './parity-kit';

const call = { callId: 'c0ffee' };
const rtcm = {
  official: () => official.createRTCMModule(officialClient()),
  ours: () => createRTCMModule(ourClient()),
};

describe('official parity: rtcm', () => {
  it('getEstablishedCalls', async () => {
    const established = {
      callId: 'c0ffee',
      muted: false,
      recording: false,
      hold: false,
      participants: [{ participantId: 'p1', phoneNumber: '+4921100000000', muted: false, hold: false, owner: true }],
    };
    await expectParity(
      (scope) => {
        scope()
          .get('/calls')
          .reply(200, { data: [established] });
      },
      () => rtcm.official().getEstablishedCalls(),
      () => rtcm.ours().getEstablishedCalls(),
    );
  });

  const writes: Array<[string, 'put' | 'post' | 'delete', string, (m: ReturnType<typeof rtcm.ours>) => Promise<void>]> =
    [
      ['mute', 'put', '/calls/c0ffee/muted', (m) => m.mute(call, true)],
      ['record', 'put', '/calls/c0ffee/recording', (m) => m.record(call, { announcement: true, value: true })],
      ['announce', 'post', '/calls/c0ffee/announcements', (m) => m.announce(call, 'https://example.com/a.wav')],
      [
        'transfer (blind)',
        'post',
        '/calls/c0ffee/transfer',
        (m) => m.transfer(call, { attended: false, phoneNumber: '+4921100000000' }),
      ],
      ['sendDTMF (lower case is upper-cased in both)', 'post', '/calls/c0ffee/dtmf', (m) => m.sendDTMF(call, '12a#*')],
      ['hold', 'put', '/calls/c0ffee/hold', (m) => m.hold(call, false)],
      ['hangUp', 'delete', '/calls/c0ffee', (m) => m.hangUp(call)],
    ];
  for (const [name, method, path, run] of writes) {
    it(name, async () => {
      await expectParity(
        (scope) => {
          scope()[method](path).reply(204);
        },
        () => run(rtcm.official() as never),
        () => run(rtcm.ours()),
      );
    });
  }
});
