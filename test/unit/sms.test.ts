import { expect } from 'chai';
import { AbortError, PaymentRequiredError, PermissionError, ServerError, ValidationError } from '../../lib/core/errors';
import { createSMSModule, SmsSenderRestoreError } from '../../lib/sms';
import { mockApi, recordedRequests } from '../support/api-mock';
import { expectNoRequest, rejection, testClient } from '../support/module-test-kit';

const DAY = 24 * 60 * 60 * 1000;
const sms = () => createSMSModule(testClient());

function mockUserinfo() {
  return mockApi()
    .get('/authorization/userinfo')
    .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
}

const writesOf = () =>
  recordedRequests()
    .filter((request) => request.method !== 'GET')
    .map((request) => `${request.method} ${request.path}`);

function mockSenders(defaultId: number) {
  mockApi()
    .get('/w0/sms')
    .reply(200, { items: [{ id: 's0', alias: 'SMS', callerId: '+4921100000000' }] });
  mockApi()
    .get('/w0/sms/s0/callerids')
    .reply(200, {
      items: [
        { id: 1, phonenumber: '+4921100000001', verified: true, defaultNumber: defaultId === 1 },
        { id: 2, phonenumber: '+4921100000002', verified: true, defaultNumber: defaultId === 2 },
        { id: 3, phonenumber: '+4921100000003', verified: false, defaultNumber: false },
      ],
    });
}

/** The account switches to sender 2, answers the send with `sendStatus` and the restore of sender 1 with `restoreStatus`. */
function mockSwitchedSend(sendStatus: number, restoreStatus: number) {
  mockUserinfo();
  mockSenders(1);
  mockApi().put('/w0/sms/s0/callerids/2', { defaultNumber: true }).reply(204);
  mockApi().post('/sessions/sms').reply(sendStatus);
  return mockApi().put('/w0/sms/s0/callerids/1', { defaultNumber: true }).reply(restoreStatus);
}

const FROM_NUMBER = { from: '+4921100000002', to: '+4915799912345', message: 'Hi' };

describe('sms module', () => {
  describe('send from an SMS extension', () => {
    it('posts smsId, recipient and message to /sessions/sms', async () => {
      const scope = mockApi()
        .post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hi' })
        .reply(204);
      await sms().send({ smsId: 's0', to: '+49 157 999 12345', message: 'Hi' });
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()[0].headers['x-sipgate-client']).to.be.a('string');
      expect(recordedRequests()[0].headers['x-sipgate-version']).to.be.a('string');
    });

    it('schedules with sendAt as whole Unix seconds', async () => {
      const sendAt = new Date(Date.now() + DAY + 123);
      mockApi().post('/sessions/sms').reply(204);
      await sms().schedule({ smsId: 's1', to: '+4915799912345', message: 'Later' }, sendAt);
      expect(recordedRequests()[0].body).to.deep.equal({
        smsId: 's1',
        recipient: '+4915799912345',
        message: 'Later',
        sendAt: Math.floor(sendAt.getTime() / 1000),
      });
    });

    const invalid: Array<[string, () => Promise<void>, string]> = [
      ['a bad recipient', () => sms().send({ smsId: 's0', to: 'abc', message: 'x' }), 'to'],
      ['an empty message', () => sms().send({ smsId: 's0', to: '+4915799912345', message: ' ' }), 'message'],
      ['a non-SMS extension', () => sms().send({ smsId: 'p0', to: '+4915799912345', message: 'x' }), 'smsId'],
      [
        'sendAt in the past',
        () => sms().send({ smsId: 's0', to: '+4915799912345', message: 'x' }, new Date(Date.now() - 1000)),
        'sendAt',
      ],
      [
        'sendAt 31 days ahead',
        () => sms().schedule({ smsId: 's0', to: '+4915799912345', message: 'x' }, new Date(Date.now() + 31 * DAY)),
        'sendAt',
      ],
      [
        'an invalid date',
        () => sms().schedule({ smsId: 's0', to: '+4915799912345', message: 'x' }, new Date('nope')),
        'sendAt',
      ],
      ['neither smsId nor from', () => sms().send({ to: '+4915799912345', message: 'x' } as never), 'smsId'],
      [
        'both smsId and from',
        () => sms().send({ smsId: 's0', from: '+4921100000002', to: '+4915799912345', message: 'x' } as never),
        'smsId',
      ],
      [
        'a message that is not a string',
        () => sms().send({ smsId: 's0', to: '+4915799912345', message: 42 } as never),
        'message',
      ],
      [
        'a sender that is no phone number',
        () => sms().send({ from: 'sipgate', to: '+4915799912345', message: 'x' }),
        'from',
      ],
      [
        'sendAt as Unix seconds instead of a Date',
        () => sms().send({ smsId: 's0', to: '+4915799912345', message: 'x' }, 1_900_000_000 as never),
        'sendAt',
      ],
      [
        'schedule without sendAt',
        () => sms().schedule({ smsId: 's0', to: '+4915799912345', message: 'x' }, undefined as never),
        'sendAt',
      ],
      ['no message object', () => sms().send(null as never), 'sms'],
    ];
    for (const [name, act, field] of invalid) {
      it(`rejects ${name} (field ${field}) without a request`, async () => {
        const scope = mockApi().post('/sessions/sms').reply(204);
        const error = await rejection(act());
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field).to.equal(field);
        expectNoRequest(scope);
      });
    }

    it('maps 403 to PermissionError naming extension and scope, 402 to PaymentRequiredError', async () => {
      mockApi().post('/sessions/sms').reply(403);
      const forbidden = await rejection(sms().send({ smsId: 's0', to: '+4915799912345', message: 'x' }));
      expect(forbidden).to.be.instanceOf(PermissionError);
      expect((forbidden as Error).message)
        .to.contain('SMS extension')
        .and.contain('sessions:sms:write');
      mockApi().post('/sessions/sms').reply(402);
      expect(await rejection(sms().send({ smsId: 's0', to: '+4915799912345', message: 'x' }))).to.be.instanceOf(
        PaymentRequiredError,
      );
    });

    it('never sends an SMS twice: a 500 answer is not retried', async () => {
      mockApi().post('/sessions/sms').times(3).reply(500);
      expect(await rejection(sms().send({ smsId: 's0', to: '+4915799912345', message: 'x' }))).to.be.instanceOf(
        ServerError,
      );
      expect(recordedRequests().filter((request) => request.method === 'POST')).to.have.length(1);
    });
  });

  describe('send from a phone number', () => {
    it('switches the default sender, sends, and restores the previous default', async () => {
      mockUserinfo();
      mockSenders(1);
      mockApi().put('/w0/sms/s0/callerids/2', { defaultNumber: true }).reply(204);
      mockApi().post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hi' }).reply(204);
      mockApi().put('/w0/sms/s0/callerids/1', { defaultNumber: true }).reply(204);
      await sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' });
      const writes = recordedRequests()
        .filter((request) => request.method !== 'GET')
        .map((request) => `${request.method} ${request.path}`);
      expect(writes).to.deep.equal([
        'PUT /v2/w0/sms/s0/callerids/2',
        'POST /v2/sessions/sms',
        'PUT /v2/w0/sms/s0/callerids/1',
      ]);
    });

    it('restores the previous default when sending fails', async () => {
      const restore = mockSwitchedSend(402, 204);
      expect(await rejection(sms().send(FROM_NUMBER))).to.be.instanceOf(PaymentRequiredError);
      expect(restore.isDone()).to.equal(true);
    });

    it('does not switch when the number already is the default', async () => {
      mockUserinfo();
      mockSenders(2);
      mockApi().post('/sessions/sms').reply(204);
      await sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' });
      expect(recordedRequests().filter((request) => request.method === 'PUT')).to.have.length(0);
    });

    it('serialises concurrent sends so each switch/send/restore stays together', async () => {
      const module = createSMSModule(testClient());
      mockUserinfo();
      for (const _ of [1, 2]) {
        mockSenders(1);
        mockApi().put('/w0/sms/s0/callerids/2').reply(204);
        mockApi().post('/sessions/sms').delay(20).reply(204);
        mockApi().put('/w0/sms/s0/callerids/1').reply(204);
      }
      await Promise.all([
        module.send({ from: '+4921100000002', to: '+4915799912345', message: 'one' }),
        module.send({ from: '+4921100000002', to: '+4915799912346', message: 'two' }),
      ]);
      const writes = recordedRequests()
        .filter((request) => request.method !== 'GET')
        .map(
          (request) =>
            request.method +
            (request.path.endsWith('/2') ? ':switch' : request.path.endsWith('/1') ? ':restore' : ':send'),
        );
      expect(writes).to.deep.equal([
        'PUT:switch',
        'POST:send',
        'PUT:restore',
        'PUT:switch',
        'POST:send',
        'PUT:restore',
      ]);
    });

    it('restores "no default" (defaultNumber false) when the extension had no default sender', async () => {
      mockUserinfo();
      mockSenders(0);
      mockApi().put('/w0/sms/s0/callerids/2', { defaultNumber: true }).reply(204);
      mockApi().post('/sessions/sms').reply(204);
      const reset = mockApi().put('/w0/sms/s0/callerids/2', { defaultNumber: false }).reply(204);
      await sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' });
      expect(reset.isDone()).to.equal(true);
    });

    it('restores the previous default even when the caller aborts after the switch', async () => {
      const controller = new AbortController();
      mockUserinfo();
      mockSenders(1);
      mockApi()
        .put('/w0/sms/s0/callerids/2')
        .reply(() => {
          controller.abort();
          return [204];
        });
      const post = mockApi().post('/sessions/sms').reply(204);
      const restore = mockApi().put('/w0/sms/s0/callerids/1', { defaultNumber: true }).reply(204);
      const error = await rejection(
        sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' }, undefined, {
          signal: controller.signal,
        }),
      );
      expect(error).to.be.instanceOf(AbortError);
      expect(post.isDone()).to.equal(false);
      expect(restore.isDone()).to.equal(true);
    });

    it('says the SMS was sent but the default sender stayed switched when the restore fails', async () => {
      mockSwitchedSend(204, 403);
      const error = await rejection(sms().send(FROM_NUMBER));
      expect(error).to.be.instanceOf(SmsSenderRestoreError);
      expect((error as SmsSenderRestoreError).sent).to.equal(true);
      expect((error as Error).message)
        .to.contain('The SMS was sent')
        .and.contain('+4921100000002 may still be its default sender');
      expect((error as { cause?: unknown }).cause).to.be.instanceOf(PermissionError);
    });

    it('reports both failures when sending and restoring fail', async () => {
      mockSwitchedSend(402, 403);
      const error = await rejection(sms().send(FROM_NUMBER));
      expect(error).to.be.instanceOf(SmsSenderRestoreError);
      expect((error as SmsSenderRestoreError).sent).to.equal(false);
      expect((error as SmsSenderRestoreError).sendError).to.be.instanceOf(PaymentRequiredError);
    });

    it('holds back a plain smsId send, even from another module over the same client, until the switch is undone', async () => {
      const client = testClient();
      mockUserinfo();
      mockSenders(1);
      mockApi().put('/w0/sms/s0/callerids/2').delay(20).reply(204);
      mockApi()
        .post('/sessions/sms', (body) => body.message === 'from number')
        .reply(204);
      mockApi().put('/w0/sms/s0/callerids/1').reply(204);
      mockApi()
        .post('/sessions/sms', (body) => body.message === 'plain')
        .reply(204);
      await Promise.all([
        createSMSModule(client).send({ from: '+4921100000002', to: '+4915799912345', message: 'from number' }),
        createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'plain' }),
      ]);
      const order = recordedRequests()
        .filter((request) => request.method !== 'GET')
        .map((request) =>
          request.method === 'POST' ? (request.body as { message: string }).message : request.path.slice(-1),
        );
      expect(order).to.deep.equal(['2', 'from number', '1', 'plain']);
    });

    it('finds the sender number in a later SMS extension and sends with that extension', async () => {
      mockUserinfo();
      mockApi()
        .get('/w0/sms')
        .reply(200, {
          items: [
            { id: 's0', alias: 'A', callerId: '' },
            { id: 's1', alias: 'B', callerId: '' },
          ],
        });
      mockApi()
        .get('/w0/sms/s0/callerids')
        .reply(200, { items: [{ id: 1, phonenumber: '+4921100000001', verified: true, defaultNumber: true }] });
      mockApi()
        .get('/w0/sms/s1/callerids')
        .reply(200, { items: [{ id: 7, phonenumber: '+4921100000007', verified: true, defaultNumber: true }] });
      mockApi().post('/sessions/sms', { smsId: 's1', recipient: '+4915799912345', message: 'Hi' }).reply(204);
      await sms().send({ from: '+49 211 00000007', to: '+4915799912345', message: 'Hi' });
      expect(writesOf()).to.deep.equal(['POST /v2/sessions/sms']);
    });

    it('tells an unknown sender number apart from an unverified one', async () => {
      mockUserinfo();
      mockSenders(1);
      const module = sms();
      const unknown = await rejection(module.send({ from: '+4921100000009', to: '+4915799912345', message: 'Hi' }));
      expect((unknown as Error).message).to.contain('not a sender number');
      mockSenders(1);
      const unverified = await rejection(module.send({ from: '+4921100000003', to: '+4915799912345', message: 'Hi' }));
      expect((unverified as Error).message).to.contain('not verified');
      expect(writesOf()).to.deep.equal([]);
    });

    it('maps 403 on reading the SMS extensions to PermissionError naming the sms:read scope', async () => {
      mockUserinfo();
      mockApi().get('/w0/sms').reply(403);
      const error = await rejection(sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' }));
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('sms:read');
      expect(writesOf()).to.deep.equal([]);
    });

    it('maps 403 on the switch to PermissionError naming the write scope, sending nothing', async () => {
      mockUserinfo();
      mockSenders(1);
      mockApi().put('/w0/sms/s0/callerids/2').reply(403);
      const error = await rejection(sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' }));
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('sms:callerid:write');
      expect(writesOf()).to.deep.equal(['PUT /v2/w0/sms/s0/callerids/2']);
    });

    it('rejects an unverified or unknown sender number with a clear error, sending nothing', async () => {
      mockUserinfo();
      mockSenders(1);
      const post = mockApi().post('/sessions/sms').reply(204);
      const error = await rejection(sms().send({ from: '+4921100000003', to: '+4915799912345', message: 'Hi' }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal('from');
      expect(post.isDone()).to.equal(false);
    });

    it('fails clearly when the user has no SMS extension', async () => {
      mockUserinfo();
      mockApi().get('/w0/sms').reply(200, { items: [] });
      const error = await rejection(sms().send({ from: '+4921100000002', to: '+4915799912345', message: 'Hi' }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as Error).message).to.contain('no SMS extension');
    });
  });

  it('lists SMS extensions and caller ids', async () => {
    mockApi()
      .get('/w0/sms')
      .reply(200, { items: [{ id: 's0', alias: 'SMS', callerId: '+4921100000000' }] });
    expect(await sms().getSmsExtensions('w0')).to.deep.equal([{ id: 's0', alias: 'SMS', callerId: '+4921100000000' }]);
    const error = await rejection(sms().getSmsExtensions('s0'));
    expect((error as ValidationError).field).to.equal('webuserId');
    mockUserinfo();
    mockApi()
      .get('/w0/sms/s0/callerids')
      .reply(200, { items: [{ id: 1, phonenumber: '+4921100000001', verified: true, defaultNumber: true }] });
    expect(await sms().getSmsCallerIds('s0')).to.deep.equal([
      { id: 1, phonenumber: '+4921100000001', verified: true, defaultNumber: true },
    ]);
    expect(((await rejection(sms().getSmsCallerIds('p0'))) as ValidationError).field).to.equal('smsId');
  });
});
