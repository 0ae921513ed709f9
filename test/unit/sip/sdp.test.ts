/**
 * The SDP the sandbox writes itself: hold/resume re-offers (direction per media section, raised o= version)
 * and the answer of a simulated line to a browser's audio offer.
 */
import { expect } from 'chai';
import { answerDirection, audioDirection, stubAnswer, withDirection } from '../../../lib/sandbox/sip/sdp';
import { BROWSER_LIKE_OFFER } from '../../support/sip-client';

describe('sandbox SDP for hold and simulated lines', () => {
  it('sets every media section to the direction and raises the o= version', () => {
    const twoSections = `${BROWSER_LIKE_OFFER}m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:1\r\n`;
    const held = withDirection(twoSections, 'sendonly');
    expect(held.match(/^a=(sendrecv|sendonly|recvonly|inactive)$/gm)).to.deep.equal(['a=sendonly', 'a=sendonly']);
    expect(held).to.contain('o=- 4611731400430051336 3 IN IP4 127.0.0.1');
    expect(audioDirection(held)).to.equal('sendonly');
    expect(audioDirection(withDirection(held, 'sendrecv'))).to.equal('sendrecv');
  });

  it('moves a session-level direction into the media sections', () => {
    const sessionLevel = 'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=inactive\r\nm=audio 9 RTP/AVP 0\r\n';
    expect(audioDirection(sessionLevel)).to.equal('inactive');
    const resumed = withDirection(sessionLevel, 'sendrecv');
    expect(resumed).to.not.contain('a=inactive');
    expect(resumed.trim().endsWith('a=sendrecv')).to.equal(true);
  });

  it('answers a browser audio offer with opus, the same mid and BUNDLE, a fingerprint and setup:active', () => {
    const answer = stubAnswer(BROWSER_LIKE_OFFER) ?? '';
    expect(answer).to.match(/^m=audio 9 UDP\/TLS\/RTP\/SAVPF 111$/m);
    expect(answer).to.contain('a=mid:0').and.contain('a=group:BUNDLE 0').and.contain('a=setup:active');
    expect(answer).to.match(/^a=fingerprint:sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}$/m);
    expect(answer).to.match(/^a=ice-pwd:[0-9a-f]{24}$/m);
  });

  it('finds no answer for an offer without opus audio', () => {
    expect(stubAnswer('v=0\r\nm=video 9 RTP/AVP 96\r\na=mid:0\r\n')).to.equal(undefined);
    expect(stubAnswer(BROWSER_LIKE_OFFER.replace('opus/48000/2', 'G722/8000'))).to.equal(undefined);
  });

  it('answers sendonly with recvonly and keeps the others', () => {
    expect(answerDirection('sendonly')).to.equal('recvonly');
    expect(answerDirection('recvonly')).to.equal('sendonly');
    expect(answerDirection('inactive')).to.equal('inactive');
    expect(answerDirection('sendrecv')).to.equal('sendrecv');
  });
});
