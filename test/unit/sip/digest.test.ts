import { expect } from 'chai';
import { DigestAuthenticator, parseDigest } from '../../../lib/sandbox/sip/digest';
import { digestAnswer } from '../../support/sip-client';

const passwords = (username: string) => (username === '1234567e0' ? 'secret' : undefined);

describe('SIP digest authentication', () => {
  for (const qop of [true, false]) {
    describe(qop ? 'with qop=auth' : 'without qop (RFC 2069 style, as sipgate is reported to challenge)', () => {
      const digest = new DigestAuthenticator({ realm: 'sipgate.de', qop, nonceTtlMs: 60_000 });

      it('offers MD5 and accepts the right response', () => {
        const challenge = digest.challenge();
        expect(challenge).to.contain('realm="sipgate.de"').and.contain('algorithm=MD5');
        expect(challenge.includes('qop="auth"')).to.equal(qop);
        const answer = digestAnswer(challenge, 'REGISTER', 'sip:sipgate.de', '1234567e0', 'secret');
        expect(digest.verify(answer, 'REGISTER', passwords)).to.deep.equal({ outcome: 'ok', username: '1234567e0' });
      });

      it('rejects a wrong password, another method, an unknown user and a forged nonce', () => {
        const challenge = digest.challenge();
        const wrong = digestAnswer(challenge, 'REGISTER', 'sip:sipgate.de', '1234567e0', 'guess');
        expect(digest.verify(wrong, 'REGISTER', passwords).outcome).to.equal('invalid');
        const right = digestAnswer(challenge, 'REGISTER', 'sip:sipgate.de', '1234567e0', 'secret');
        expect(digest.verify(right, 'INVITE', passwords).outcome).to.equal('invalid');
        const stranger = digestAnswer(challenge, 'REGISTER', 'sip:sipgate.de', '9e9', 'secret');
        expect(digest.verify(stranger, 'REGISTER', passwords).outcome).to.equal('invalid');
        const forged = digestAnswer(
          challenge.replace(/nonce="[^"]+"/, 'nonce="lz0.AAAAAAAAAAAAAAAAAAAAAA"'),
          'REGISTER',
          'sip:sipgate.de',
          '1234567e0',
          'secret',
        );
        expect(digest.verify(forged, 'REGISTER', passwords).outcome).to.equal('invalid');
      });
    });
  }

  it('answers a correct response on an expired nonce as stale, and offers stale=true', async () => {
    const digest = new DigestAuthenticator({ realm: 'sipgate.de', qop: true, nonceTtlMs: 1 });
    const challenge = digest.challenge();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const answer = digestAnswer(challenge, 'INVITE', 'sip:e1@sipgate.de', '1234567e0', 'secret');
    expect(digest.verify(answer, 'INVITE', passwords).outcome).to.equal('stale');
    expect(digest.challenge(true)).to.contain('stale=true');
  });

  it('treats a missing or non-digest header as missing, and a qop answer to a no-qop challenge as invalid', () => {
    const digest = new DigestAuthenticator({ realm: 'sipgate.de', qop: false, nonceTtlMs: 60_000 });
    expect(digest.verify(undefined, 'REGISTER', passwords).outcome).to.equal('missing');
    expect(digest.verify('Basic abc', 'REGISTER', passwords).outcome).to.equal('missing');
    const withQop = digestAnswer(
      `${digest.challenge()}, qop="auth"`,
      'REGISTER',
      'sip:sipgate.de',
      '1234567e0',
      'secret',
    );
    expect(digest.verify(withQop, 'REGISTER', passwords).outcome).to.equal('invalid');
  });

  it('parses quoted values with escapes and commas', () => {
    expect(parseDigest('Digest username="a\\"b", realm="x,y", nc=00000001')).to.deep.equal({
      username: 'a"b',
      realm: 'x,y',
      nc: '00000001',
    });
  });
});
