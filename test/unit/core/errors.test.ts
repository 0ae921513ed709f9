import * as util from 'util';
import { expect } from 'chai';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  RateLimitError,
  ServerError,
  type SipgateIOError,
  TimeoutError,
  type ErrorClass,
} from '../../../lib/core/errors';
import type { AuthCredentials } from '../../../lib/core/credentials';
import type { ClientOptions } from '../../../lib/core/http-types';
import { nodeHttpClient, sdkRejection } from '../../support/module-test-kit';
import { mockApi } from '../../support/api-mock';

const TOKEN_ID = 'token-ABC123';
const TOKEN = 'e68ead46-a7db-46cd-8a1a-44aed1e4e372';
const USERNAME = 'ada@example.com';
const PASSWORD = 'pa55-word-that-must-not-leak';
const JWT_PAYLOAD = Buffer.from(JSON.stringify({ sub: 'w0' })).toString('base64url');
const JWT = `eyJhbGciOiJSUzI1NiJ9.${JWT_PAYLOAD}.c2lnbmF0dXJlLXNlY3JldA`;

const validSms = { smsId: 's0', recipient: '+4915799912345', message: 'Hello' };

function client(credentials: AuthCredentials = { tokenId: TOKEN_ID, token: TOKEN }, options: ClientOptions = {}) {
  return nodeHttpClient(credentials, {
    baseUrl: 'https://api.sipgate.com/v2',
    retryBaseDelayMs: 1,
    maxRetries: 0,
    ...options,
  });
}

/** Every way an error gets printed or logged. */
function renderings(error: SipgateIOError): string[] {
  const cause = (error as { cause?: unknown }).cause;
  return [
    JSON.stringify(error),
    util.inspect(error, { depth: 10, showHidden: true }),
    String(error.stack),
    error.message,
    util.inspect(cause, { depth: 10, showHidden: true }),
    JSON.stringify(cause ?? null),
  ];
}

function secretsOf(user: string, secret: string): string[] {
  const basic = Buffer.from(`${user}:${secret}`).toString('base64');
  return [secret, basic, `Basic ${basic}`, Buffer.from(secret).toString('base64')];
}

describe('core: errors', () => {
  const statuses: Array<[number, ErrorClass, boolean]> = [
    [400, BadRequestError, false],
    [401, AuthenticationError, false],
    [402, PaymentRequiredError, false],
    [403, PermissionError, false],
    [404, NotFoundError, false],
    [409, ConflictError, false],
    [429, RateLimitError, true],
    [500, ServerError, true],
    [503, ServerError, true],
  ];

  for (const [status, ErrorType, retryableGet] of statuses) {
    it(`${status} → ${ErrorType.name} with status, parsed body, method, path and retryable`, async () => {
      const body = { errors: [{ status, title: 'Problem', detail: `detail ${status}` }] };
      mockApi().get('/history/e1').reply(status, body).delete('/history/e1').reply(status, body);
      const getError = await sdkRejection(client().get('/history/e1'));
      expect(getError).to.be.instanceOf(ErrorType);
      expect(getError.name).to.equal(ErrorType.name);
      expect(getError).to.include({ status, method: 'GET', path: '/history/e1', retryable: retryableGet });
      expect(getError.body).to.deep.equal(body);
      expect(getError.message).to.contain(String(status)).and.contain(`detail ${status}`);
      const deleteError = await sdkRejection(client().delete('/history/e1'));
      expect(deleteError).to.be.instanceOf(ErrorType).and.include({ method: 'DELETE', retryable: retryableGet });
    });
  }

  it('a failed POST is never retryable', async () => {
    mockApi().post('/sessions/sms').reply(503);
    const error = await sdkRejection(client().post('/sessions/sms', validSms));
    expect(error)
      .to.be.instanceOf(ServerError)
      .and.include({ status: 503, method: 'POST', path: '/sessions/sms', retryable: false });
  });

  it('keeps a text body and leaves the query string out of path', async () => {
    mockApi().get('/history').query({ limit: '5' }).reply(500, 'upstream broke', { 'Content-Type': 'text/plain' });
    const error = await sdkRejection(client().get('/history', { params: { limit: 5 } }));
    expect(error.body).to.equal('upstream broke');
    expect(error.path).to.equal('/history');
  });

  it('parses a JSON body sent as text/plain and uses its message', async () => {
    mockApi()
      .get('/balance')
      .reply(400, JSON.stringify({ name: 'PARAMETER_INVALID', message: 'limit too big' }), {
        'Content-Type': 'text/plain',
      });
    const error = await sdkRejection(client().get('/balance'));
    expect(error.body).to.deep.equal({ name: 'PARAMETER_INVALID', message: 'limit too big' });
    expect(error.message).to.contain('limit too big');
  });

  it('uses the module message from errorMessages for its status only', async () => {
    mockApi().post('/sessions/sms').reply(403).post('/sessions/sms').reply(402);
    const config = { errorMessages: { 403: 'Invalid SMS extension' } };
    const forbidden = await sdkRejection(client().post('/sessions/sms', validSms, config));
    expect(forbidden).to.be.instanceOf(PermissionError);
    expect(forbidden.message).to.equal('Invalid SMS extension');
    const payment = await sdkRejection(client().post('/sessions/sms', validSms, config));
    expect(payment).to.be.instanceOf(PaymentRequiredError);
    expect(payment.message).not.to.contain('Invalid SMS extension');
  });

  it('carries retryAfterMs of a 429', async () => {
    mockApi().get('/balance').reply(429, '', { 'Retry-After': '7' });
    expect((await sdkRejection(client().get('/balance'))).retryAfterMs).to.equal(7000);
  });

  describe('no credentials in any rendering of an error', () => {
    const kinds: Array<[string, AuthCredentials, string[]]> = [
      ['personal access token', { tokenId: TOKEN_ID, token: TOKEN }, secretsOf(TOKEN_ID, TOKEN)],
      ['username/password', { username: USERNAME, password: PASSWORD }, secretsOf(USERNAME, PASSWORD)],
      ['OAuth token', { token: JWT }, [JWT, `Bearer ${JWT}`, 'c2lnbmF0dXJlLXNlY3JldA']],
    ];

    for (const [kind, credentials, secrets] of kinds) {
      it(`${kind}: HTTP error, network error and timeout`, async () => {
        mockApi()
          .get('/balance')
          .reply(401, { message: 'Unauthorized' })
          .get('/balance')
          .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
          .get('/balance')
          .delay(300)
          .reply(200, {});
        const errors = [
          await sdkRejection(client(credentials).get('/balance')),
          await sdkRejection(client(credentials).get('/balance')),
          await sdkRejection(client(credentials, { timeout: 20 }).get('/balance')),
        ];
        expect(errors[0]).to.be.instanceOf(AuthenticationError);
        expect(errors[1]).to.be.instanceOf(NetworkError);
        expect(errors[2]).to.be.instanceOf(TimeoutError);
        for (const error of errors) {
          for (const text of renderings(error)) {
            for (const secret of secrets) expect(text).not.to.contain(secret);
            expect(text.toLowerCase()).not.to.contain('authorization');
          }
        }
      });
    }

    it('JSON.stringify gives the documented fields', async () => {
      mockApi().get('/balance').reply(404, { message: 'nope' });
      const json = JSON.parse(JSON.stringify(await sdkRejection(client().get('/balance')))) as Record<string, unknown>;
      expect(json).to.deep.include({
        name: 'NotFoundError',
        status: 404,
        method: 'GET',
        path: '/balance',
        retryable: false,
        body: { message: 'nope' },
      });
    });
  });
});
