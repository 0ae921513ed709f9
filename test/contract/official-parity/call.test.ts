/** call.initiate side by side with the official package: same POST /sessions/calls, same answer. */
import { createCallModule } from '../../../lib/call';
import { expect } from 'chai';
import { expectParity, official, runBoth, officialClient, ourClient, type Interceptors } from './parity-kit';

const answered: Interceptors = (scope) => {
  scope().post('/sessions/calls').reply(200, { sessionId: 'c0ffee' });
};

describe('official parity: call', () => {
  const cases = {
    'an extension calls a number': { from: 'p0', to: '+4921100000000' },
    'a number calls through a device, with a caller id': {
      from: '+4921100000001',
      to: '+4921100000000',
      deviceId: 'e0',
      callerId: '+4921100000002',
    },
    'a mobile device calls': { from: 'y1', to: '+4915700000000', deviceId: 'y1' },
  };
  for (const [name, callData] of Object.entries(cases)) {
    it(`initiate: ${name}`, async () => {
      await expectParity(
        answered,
        () => official.createCallModule(officialClient()).initiate(callData),
        () => createCallModule(ourClient()).initiate(callData),
      );
    });
  }

  it('initiate: callerId and deviceId null mean absent (difference: the official sends null, we leave them out)', async () => {
    const callData = { from: 'p0', to: '+4921100000000', callerId: null, deviceId: null } as never;
    const { official: theirs, ours } = await runBoth(
      answered,
      () => official.createCallModule(officialClient()).initiate(callData),
      () => createCallModule(ourClient()).initiate(callData),
    );
    expect(theirs.requests[0].body).to.deep.equal({
      caller: 'p0',
      callee: '+4921100000000',
      callerId: null,
      deviceId: null,
    });
    expect(ours.requests[0].body).to.deep.equal({ caller: 'p0', callee: '+4921100000000' });
    expect(ours.result).to.deep.equal(theirs.result);
  });
});
