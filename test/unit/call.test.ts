import { expect } from 'chai';
import { BadRequestError, PaymentRequiredError, PermissionError, ValidationError } from '../../lib/core/errors';
import { createCallModule, type CallData } from '../../lib/call';
import { mockApi, recordedRequests } from '../support/api-mock';
import { expectNoRequest, rejection, testClient } from '../support/module-test-kit';

const call = () => createCallModule(testClient());

describe('call module', () => {
  // Every row of the contract's table of valid combinations.
  const validRows: Array<[CallData, Record<string, string>]> = [
    [
      { from: 'e14', to: '+4921165432' },
      { caller: 'e14', callee: '+4921165432' },
    ],
    [
      { from: 'p0', to: '+4921165432', callerId: '+4917012345678' },
      { caller: 'p0', callee: '+4921165432', callerId: '+4917012345678' },
    ],
    [
      { from: 'x1', to: '+4921165432', callerId: '+4917012345678', deviceId: 'e14' },
      { caller: 'x1', callee: '+4921165432', callerId: '+4917012345678', deviceId: 'e14' },
    ],
    [
      { from: '+4921123456', to: '+4921165432', deviceId: 'e14' },
      { caller: '+4921123456', callee: '+4921165432', deviceId: 'e14' },
    ],
    [
      { from: 'y2', to: '+4921165432', deviceId: 'y2' },
      { caller: 'y2', callee: '+4921165432', deviceId: 'y2' },
    ],
    [
      { from: '+4921123456', to: '+4921165432', callerId: '+4917012345678', deviceId: 'p0' },
      { caller: '+4921123456', callee: '+4921165432', callerId: '+4917012345678', deviceId: 'p0' },
    ],
  ];

  validRows.forEach(([data, body], index) => {
    it(`accepts table row ${index + 1} and posts it to /sessions/calls`, async () => {
      const scope = mockApi().post('/sessions/calls', body).reply(200, { sessionId: 'abc123' });
      expect(await call().initiate(data)).to.deep.equal({ sessionId: 'abc123' });
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()[0].headers['x-sipgate-client']).to.be.a('string');
      const [request] = recordedRequests();
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/v2/sessions/calls');
      expect(request.body).to.deep.equal(body);
      expect(request.headers['x-sipgate-client']).to.be.a('string').and.not.equal('');
      expect(request.headers['x-sipgate-version']).to.be.a('string').and.not.equal('');
    });
  });

  it('normalises phone numbers to E.164', async () => {
    const scope = mockApi()
      .post('/sessions/calls', {
        caller: '+4921123456',
        callee: '+4921165432',
        deviceId: 'e0',
        callerId: '+4917012345678',
      })
      .reply(200, { sessionId: 's' });
    await call().initiate({
      from: '+49 (21) 123456',
      to: '0049 211 654-32',
      deviceId: 'e0',
      callerId: '+49 170 1234 5678',
    });
    expect(scope.isDone()).to.equal(true);
  });

  const invalid: Array<[string, CallData, string]> = [
    ['a phone number caller without deviceId', { from: '+4921123456', to: '+4921165432' }, 'deviceId'],
    ['a group extension as caller', { from: 'g1', to: '+4921165432' }, 'from'],
    ['garbage as caller', { from: 'nobody', to: '+4921165432' }, 'from'],
    ['an extension as callee', { from: 'e0', to: 'e1' }, 'to'],
    ['a fax line as deviceId', { from: 'e0', to: '+4921165432', deviceId: 'f0' }, 'deviceId'],
    ['an invalid callerId', { from: 'e0', to: '+4921165432', callerId: '12' }, 'callerId'],
    ['an extension as callerId', { from: 'e0', to: '+4921165432', callerId: 'p0' }, 'callerId'],
    ['a phone number as deviceId', { from: '+4921123456', to: '+4921165432', deviceId: '+4921123457' }, 'deviceId'],
    ['an SMS extension as caller', { from: 's0', to: '+4921165432' }, 'from'],
    ['a missing callee', { from: 'e0' } as CallData, 'to'],
    ['no call data at all', undefined as unknown as CallData, 'callData'],
    ['a group as deviceId of a number caller', { from: '+4921123456', to: '+4921165432', deviceId: 'g1' }, 'deviceId'],
    ['a fax line as caller', { from: 'f0', to: '+4921165432' }, 'from'],
    ['an empty caller', { from: '', to: '+4921165432', deviceId: 'e0' }, 'from'],
    ['a numeric callee', { from: 'e0', to: 4921165432 as never }, 'to'],
    ['a numeric caller', { from: 4921123456 as never, to: '+4921165432', deviceId: 'e0' }, 'from'],
  ];
  for (const [name, data, field] of invalid) {
    it(`rejects ${name} (field ${field}) without a request`, async () => {
      const scope = mockApi().post('/sessions/calls').reply(200, {});
      const error = await rejection(call().initiate(data));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal(field);
      expectNoRequest(scope);
    });
  }

  for (const [name, data] of [
    ['null', null],
    ['a string', 'e0 to +4921165432'],
  ] as const) {
    it(`rejects ${name} as call data (field callData) without a request`, async () => {
      const scope = mockApi().post('/sessions/calls').reply(200, {});
      const error = await rejection(call().initiate(data as never));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal('callData');
      expectNoRequest(scope);
    });
  }

  for (const [status, ErrorClass, text] of [
    [400, BadRequestError, 'Invalid call data'],
    [402, PaymentRequiredError, 'Insufficient funds'],
    [403, PermissionError, 'Not allowed to start this call'],
  ] as const) {
    it(`maps ${status} to ${ErrorClass.name}, sent once`, async () => {
      const scope = mockApi().post('/sessions/calls').times(3).reply(status, { message: 'nope' });
      const error = await rejection(call().initiate({ from: 'e0', to: '+4921165432' }));
      expect(error).to.be.instanceOf(ErrorClass);
      expect((error as Error).message).to.contain(text);
      expect(recordedRequests()).to.have.length(1);
      scope.persist(false);
    });
  }
});
