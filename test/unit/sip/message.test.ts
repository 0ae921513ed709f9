import { expect } from 'chai';
import {
  createResponse,
  getHeader,
  getHeaders,
  headerParam,
  headerUri,
  parseMessage,
  serialize,
  SipParseError,
  splitList,
  uriUser,
} from '../../../lib/sandbox/sip/message';

const INVITE = [
  'INVITE sip:+4921100000001@sipgate.de SIP/2.0',
  'v: SIP/2.0/WSS a.invalid;branch=z9hG4bK1, SIP/2.0/WS b.invalid;branch=z9hG4bK2',
  'f: "Ada, L." <sip:1234567e0@sipgate.de>;tag=abc',
  't: <sip:+4921100000001@sipgate.de>',
  'i: call-1',
  'CSeq: 1 INVITE',
  'Subject: first line',
  '  continued',
  'l: 5',
  '',
  'v=0\r\nextra',
].join('\r\n');

describe('SIP message parser', () => {
  it('reads compact names, lists, folded lines and cuts the body at Content-Length', () => {
    const message = parseMessage(INVITE);
    expect(message).to.include({ method: 'INVITE', uri: 'sip:+4921100000001@sipgate.de' });
    expect(getHeaders(message, 'via')).to.deep.equal([
      'SIP/2.0/WSS a.invalid;branch=z9hG4bK1',
      'SIP/2.0/WS b.invalid;branch=z9hG4bK2',
    ]);
    expect(getHeader(message, 'subject')).to.equal('first line continued');
    expect(getHeader(message, 'call-id')).to.equal('call-1');
    expect(message.body).to.equal('v=0\r\n');
  });

  it('serialises with full names and a recomputed Content-Length, and parses its own output back', () => {
    const message = parseMessage(INVITE);
    message.body = 'ü';
    const text = serialize(message);
    expect(text)
      .to.contain('Call-ID: call-1\r\n')
      .and.contain('CSeq: 1 INVITE\r\n')
      .and.contain('Content-Length: 2\r\n\r\nü');
    expect(parseMessage(text).body).to.equal('ü');
  });

  it('reads responses', () => {
    const message = parseMessage(
      'SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/WS x;branch=z9hG4bK1\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nCall-ID: x\r\nCSeq: 2 INVITE\r\n\r\n',
    );
    expect(message).to.include({ status: 486, reason: 'Busy Here' });
  });

  for (const [name, text] of [
    ['garbage', 'hello'],
    ['an HTTP request', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'],
    [
      'a non-SIP Request-URI',
      'INVITE http://x SIP/2.0\r\nVia: a\r\nFrom: a\r\nTo: b\r\nCall-ID: c\r\nCSeq: 1 INVITE\r\n\r\n',
    ],
    ['a missing Call-ID', 'INVITE sip:a@b SIP/2.0\r\nVia: a\r\nFrom: a\r\nTo: b\r\nCSeq: 1 INVITE\r\n\r\n'],
    ['a bad CSeq', 'INVITE sip:a@b SIP/2.0\r\nVia: a\r\nFrom: a\r\nTo: b\r\nCall-ID: c\r\nCSeq: x\r\n\r\n'],
    ['a header line without colon', 'INVITE sip:a@b SIP/2.0\r\nVia a\r\n\r\n'],
    [
      'a body shorter than Content-Length',
      'INVITE sip:a@b SIP/2.0\r\nVia: a\r\nFrom: a\r\nTo: b\r\nCall-ID: c\r\nCSeq: 1 INVITE\r\nContent-Length: 10\r\n\r\nabc',
    ],
    ['too many headers', `INVITE sip:a@b SIP/2.0\r\n${'X-A: 1\r\n'.repeat(101)}\r\n`],
    ['an overlong header line', `INVITE sip:a@b SIP/2.0\r\nX-A: ${'a'.repeat(9000)}\r\n\r\n`],
  ]) {
    it(`rejects ${name} with SipParseError`, () => {
      expect(() => parseMessage(text)).to.throw(SipParseError);
    });
  }

  it('splits lists only outside quotes and angle brackets', () => {
    expect(splitList('"a, b" <sip:x@y;p=1,2>, <sip:z@w>')).to.deep.equal(['"a, b" <sip:x@y;p=1,2>', '<sip:z@w>']);
  });

  it('reads tags outside the URI, URIs and user parts', () => {
    expect(headerParam('<sip:a@b;tag=inside>;tag=outside', 'tag')).to.equal('outside');
    expect(headerParam('<sip:a@b;tag=inside>', 'tag')).to.equal(undefined);
    expect(headerUri('"Ada" <sip:e0@x;transport=ws>;expires=5')).to.equal('sip:e0@x;transport=ws');
    expect(uriUser('sip:%2B4930@sipgate.de;transport=ws')).to.equal('+4930');
    expect(uriUser('sip:sipgate.de')).to.equal(undefined);
  });

  it('builds a response that copies Via, From, To (adding a tag), Call-ID and CSeq', () => {
    const response = createResponse(parseMessage(INVITE), 404, 'Not Found', [], 'tt');
    expect(getHeaders(response, 'via')).to.have.length(2);
    expect(getHeader(response, 'to')).to.equal('<sip:+4921100000001@sipgate.de>;tag=tt');
    expect(getHeader(response, 'subject')).to.equal(undefined);
  });
});
