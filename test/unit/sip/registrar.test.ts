import { expect } from 'chai';
import { seedState } from '../../../lib/sandbox/fixtures';
import { deviceById, deviceForTarget } from '../../../lib/sandbox/sip/devices';
import { uriUser } from '../../../lib/sandbox/sip/message';
import { Registrar, type Binding } from '../../../lib/sandbox/sip/registrar';

function binding(contact: string, expiresInMs = 60_000): Binding {
  const now = Date.now();
  return {
    deviceId: 'e0',
    contact,
    connectionId: 'c1',
    expiresAt: now + expiresInMs,
    ip: '127.0.0.1',
    port: '5060',
    userAgent: 'test',
    registeredAt: now,
  };
}

describe('sandbox SIP registrar', () => {
  it('finds a binding by a percent-encoded contact user, decoded as the Request-URI is', () => {
    const state = seedState();
    const registrar = new Registrar(() => state);
    expect(registrar.bind(binding('sip:a%40b@10.0.0.1'))).to.equal(true);
    const user = uriUser('sip:a%40b@10.0.0.1;transport=ws');
    expect(user).to.equal('a@b');
    expect(registrar.byContactUser(user as string)?.contact).to.equal('sip:a%40b@10.0.0.1');
  });

  it('does not find an expired binding by its contact user', () => {
    const state = seedState();
    const registrar = new Registrar(() => state);
    registrar.bind(binding('sip:gone@10.0.0.1', -1));
    registrar.bind(binding('sip:here@10.0.0.2'));
    expect(registrar.byContactUser('gone')).to.equal(undefined);
    expect(registrar.byContactUser('here')?.contact).to.equal('sip:here@10.0.0.2');
  });
});

describe('sandbox SIP devices', () => {
  it('a VoIP device without a SIP username is no SIP device (not even under the name "undefined")', () => {
    const state = seedState();
    state.devices.push({ id: 'e9', type: 'REGISTER', credentials: { password: 'x' } });
    expect(deviceById(state, 'e9')).to.equal(undefined);
    expect(deviceForTarget(state, 'undefined')).to.equal(undefined);
    expect(deviceForTarget(state, 'e9')).to.equal(undefined);
    expect(deviceById(state, 'e0')?.username).to.match(/e0$/);
  });
});
