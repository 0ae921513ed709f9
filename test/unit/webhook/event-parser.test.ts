import { expect } from 'chai';
import { EventFields, FormDecodeError, fieldsFromObject, parseEventFields } from '../../../lib/webhook/event-parser';
import {
  type AnswerEvent,
  type DataEvent,
  EventType,
  type HangUpEvent,
  type NewCallEvent,
  parseWebhookEvent,
} from '../../../lib/webhook';

describe('webhook event parser', () => {
  it('maps a newCall body from the sipgate docs to a typed event', () => {
    const event = parseWebhookEvent(
      'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&origCallId=555&xcid=abc' +
        '&user[]=Alice&user[]=Bob&userId[]=w0&userId[]=w1&fullUserId[]=1234567w0&fullUserId[]=1234567w1&diversion=4930111',
    ) as NewCallEvent;
    expect(event).to.deep.include({
      event: EventType.NEW_CALL,
      from: '+492111234567',
      to: '+4915791234567',
      direction: 'in',
      callId: '123456',
      originalCallId: '555',
      xcid: 'abc',
      diversion: '+4930111',
    });
    expect(event.user).to.deep.equal(['Alice', 'Bob']);
    expect(event.users).to.deep.equal(['Alice', 'Bob']);
    expect(event.userIds).to.deep.equal(['w0', 'w1']);
    expect(event.fullUserId).to.deep.equal(['1234567w0', '1234567w1']);
  });

  it('treats user[], user[][0], user[0] and user (also percent-encoded) as one field', () => {
    const event = parseWebhookEvent(
      'event=newCall&user%5B%5D%5B0%5D=A&user[0]=B&user=C&user[]=D&userId%5B%5D=w9',
    ) as NewCallEvent;
    expect(event.user).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(event.userId).to.deep.equal(['w9']);
  });

  it('keeps anonymous and empty numbers without +, and does not double a +', () => {
    const event = parseWebhookEvent('event=newCall&from=anonymous&to=&diversion=%2B4930') as NewCallEvent;
    expect(event.from).to.equal('anonymous');
    expect(event.to).to.equal('');
    expect(event.diversion).to.equal('+4930');
  });

  it('gives answer events single user values and a +answeringNumber', () => {
    const event = parseWebhookEvent(
      'event=answer&callId=1&user=John+Doe&userId=w0&fullUserId=1234567w0&from=492111&to=4915&direction=in&answeringNumber=21199',
    ) as AnswerEvent;
    expect(event).to.deep.include({
      user: 'John Doe',
      userId: 'w0',
      fullUserId: '1234567w0',
      answeringNumber: '+21199',
    });
    expect(event.diversion).to.equal(undefined);
  });

  it('maps hangup cause and numbers', () => {
    const event = parseWebhookEvent(
      'event=hangup&cause=normalClearing&callId=1&from=anonymous&to=4915&direction=out&answeringNumber=4921',
    ) as HangUpEvent;
    expect(event).to.deep.include({
      event: 'hangup',
      cause: 'normalClearing',
      from: 'anonymous',
      to: '+4915',
      answeringNumber: '+4921',
    });
  });

  it('keeps dtmf as a string with leading zeros, empty or missing', () => {
    expect((parseWebhookEvent('event=dtmf&dtmf=0012&callId=9') as DataEvent).dtmf).to.equal('0012');
    expect((parseWebhookEvent('event=dtmf&dtmf=&callId=9') as DataEvent).dtmf).to.equal('');
    expect((parseWebhookEvent('event=dtmf&callId=9') as DataEvent).dtmf).to.equal('');
  });

  it('accepts the official fixture name originalCallId as well as origCallId', () => {
    expect(parseWebhookEvent('event=dtmf&originalCallId=abc')?.originalCallId).to.equal('abc');
  });

  it('returns null for unknown event names, including prototype names', () => {
    for (const name of ['valueOf', '__proto__', 'constructor', 'toString', 'somethingNew']) {
      expect(parseWebhookEvent(`event=${name}`), name).to.equal(null);
    }
  });

  it('returns undefined when event is missing or empty', () => {
    expect(parseWebhookEvent('from=1&to=2')).to.equal(undefined);
    expect(parseWebhookEvent('event=&to=2')).to.equal(undefined);
    expect(parseWebhookEvent('')).to.equal(undefined);
  });

  it('never turns __proto__ and friends into properties', () => {
    const fields = parseEventFields('__proto__=x&constructor=y&event=newCall');
    expect(fields.event).to.equal('newCall');
    expect(Object.keys(fields)).to.deep.equal(Object.keys(new EventFields()));
    expect(Object.getPrototypeOf(fields)).to.equal(EventFields.prototype);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    const event = parseWebhookEvent('event=newCall&__proto__[polluted]=1&user[]=A') as NewCallEvent;
    expect(event.user).to.deep.equal(['A']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('throws FormDecodeError for malformed percent-encoding, in dropped fields too', () => {
    expect(() => parseEventFields('event=newCall&from=%E0%A4%A')).to.throw(FormDecodeError);
    expect(() => parseEventFields('event=%FF')).to.throw(FormDecodeError);
    expect(() => parseEventFields('user%5B%ZZ=A'), 'in a bracket suffix').to.throw(FormDecodeError);
    expect(() => parseEventFields('user%5B%5D%5B0%5D%E0%A4%A=A'), 'after plain escapes in a suffix').to.throw(
      FormDecodeError,
    );
    expect(() => parseEventFields('user%5B%=A'), 'a cut-off escape in a suffix').to.throw(FormDecodeError);
    expect(() => parseEventFields('user%5B%FF%5D=A'), 'a byte that is no UTF-8 in a suffix').to.throw(FormDecodeError);
    expect(() => parseEventFields('user%5B%5=A'), 'a half escape in a suffix').to.throw(FormDecodeError);
    expect(() => parseEventFields('user%E0%A4%A%5B%5D=A'), 'in a name before its brackets').to.throw(FormDecodeError);
    expect(() => parseEventFields('event=newCall&extra=%E0%A4%A'), 'in a field events do not carry').to.throw(
      FormDecodeError,
    );
    expect(() => parseEventFields('ex%ZZtra=1'), 'in the name of such a field').to.throw(FormDecodeError);
  });

  it('files bracketed names, raw or percent-encoded, under the name before the bracket', () => {
    const fields = parseEventFields('user%5B%5D=A&user[]=B&user%5b0%5d=C&user=D&user%5B%5D%5B1%5D=E&event=%5B%5D');
    expect(fields.user).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(fields.event, 'brackets in a value are data').to.equal('[]');
    const qsStyle = parseEventFields('user%5B%5D%5B0%5D=A&user%5b%5d%5b1%5d=B&user%5B%C3%BC%5D=C&user[x+y]=D');
    expect(qsStyle.user, 'qs-style and validly encoded suffixes').to.deep.equal(['A', 'B', 'C', 'D']);
  });

  it('finds names that are themselves percent-encoded or differ only in length or case', () => {
    const fields = parseEventFields('%65vent=newCall&callid=x&callIdx=y&userId%5B%5D=w0&use=z&from+=1');
    expect(fields.event).to.equal('newCall');
    expect(fields.callId, 'names are case-sensitive; a longer name is another field').to.equal(undefined);
    expect(fields.userId).to.deep.equal(['w0']);
    expect(fields.user).to.equal(undefined);
    expect(fields.from, '"from " is not "from"').to.equal(undefined);
  });

  it('keeps the first value of a single-valued field', () => {
    expect(parseEventFields('event=newCall&event=hangup&from=1&from=2')).to.include({ event: 'newCall', from: '1' });
  });

  it('takes fields from a body another middleware decoded, skipping values that are not strings', () => {
    const fields = fieldsFromObject({ event: 'newCall', 'user[]': ['A', 'B'], userId: 'w0', from: 5, other: 'x' });
    expect(fields).to.include({ event: 'newCall', from: undefined });
    expect(fields.user).to.deep.equal(['A', 'B']);
    expect(fields.userId).to.deep.equal(['w0']);
  });
});
