import { expect } from 'chai';
import { nodeHttpClient } from '../../support/module-test-kit';
import { ValidationError } from '../../../lib/core/errors';
import { mockApi, recordedRequests } from '../../support/api-mock';

const TOKEN_ID = 'token-FQ1V12';
const PAT = 'e68ead46-a7db-46cd-8a1a-44aed1e4e372';
const USERNAME = 'ada@example.com';
const PASSWORD = 'correct horse battery staple';

function base64Url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
const JWT = `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url({ sub: 'w0', exp: 2000000000 })}.c2lnbmF0dXJl`;

const options = { baseUrl: 'https://api.sipgate.com/v2', retryBaseDelayMs: 1 };

async function authorizationSentFor(credentials: Parameters<typeof nodeHttpClient>[0]): Promise<unknown> {
  mockApi()
    .get('/authorization/userinfo')
    .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
  await nodeHttpClient(credentials, options).get('/authorization/userinfo');
  const requests = recordedRequests();
  expect(requests).to.have.length(1);
  return requests[0].headers.authorization;
}

function validationErrorOf(credentials: unknown): ValidationError {
  try {
    nodeHttpClient(credentials as never, options);
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected createHttpClient to throw');
}

describe('core: credentials', () => {
  describe('Authorization header per credential kind', () => {
    it('personal access token → Basic base64(tokenId:token)', async () => {
      const expected = `Basic ${Buffer.from(`${TOKEN_ID}:${PAT}`).toString('base64')}`;
      expect(await authorizationSentFor({ tokenId: TOKEN_ID, token: PAT })).to.equal(expected);
    });

    it('OAuth access token → Bearer <jwt>', async () => {
      expect(await authorizationSentFor({ token: JWT })).to.equal(`Bearer ${JWT}`);
    });

    it('username and password → Basic base64(username:password), UTF-8 included', async () => {
      const password = `${PASSWORD} ü€`;
      const expected = `Basic ${Buffer.from(`${USERNAME}:${password}`, 'utf8').toString('base64')}`;
      expect(await authorizationSentFor({ username: USERNAME, password })).to.equal(expected);
    });

    it('accepts an upper-case UUID as personal access token', async () => {
      const upper = PAT.toUpperCase();
      expect(await authorizationSentFor({ tokenId: TOKEN_ID, token: upper })).to.equal(
        `Basic ${Buffer.from(`${TOKEN_ID}:${upper}`).toString('base64')}`,
      );
    });
  });

  describe('invalid shapes fail before any request, naming the field and hiding the secret', () => {
    const cases: Array<{ title: string; credentials: unknown; field: string; secret?: string }> = [
      {
        title: 'a token id without the token- prefix',
        credentials: { tokenId: 'FQ1V12', token: PAT },
        field: 'credentials.tokenId',
      },
      {
        title: 'a token id of the wrong length',
        credentials: { tokenId: 'token-FQ1V123', token: PAT },
        field: 'credentials.tokenId',
      },
      {
        title: 'a personal access token that is not a UUID',
        credentials: { tokenId: TOKEN_ID, token: 'not-a-uuid-but-a-secret-7f3a' },
        field: 'credentials.token',
        secret: 'not-a-uuid-but-a-secret-7f3a',
      },
      {
        title: 'a UUID that is not version 4',
        credentials: { tokenId: TOKEN_ID, token: 'e68ead46-a7db-16cd-8a1a-44aed1e4e372' },
        field: 'credentials.token',
        secret: 'e68ead46-a7db-16cd-8a1a-44aed1e4e372',
      },
      { title: 'a missing personal access token', credentials: { tokenId: TOKEN_ID }, field: 'credentials.token' },
      {
        title: 'a bearer token that is not a JWT',
        credentials: { token: 'opaque-secret-bearer-value' },
        field: 'credentials.token',
        secret: 'opaque-secret-bearer-value',
      },
      {
        title: 'a JWT whose payload is not JSON',
        credentials: { token: 'aGVhZGVy.bm90IGpzb24.c2ln' },
        field: 'credentials.token',
        secret: 'aGVhZGVy.bm90IGpzb24.c2ln',
      },
      {
        title: 'a password without username',
        credentials: { password: PASSWORD },
        field: 'credentials.username',
        secret: PASSWORD,
      },
      {
        title: 'a username that is not an e-mail address',
        credentials: { username: 'ada', password: PASSWORD },
        field: 'credentials.username',
        secret: PASSWORD,
      },
      { title: 'an empty password', credentials: { username: USERNAME, password: '' }, field: 'credentials.password' },
      {
        title: 'a numeric password',
        credentials: { username: USERNAME, password: 1234567 },
        field: 'credentials.password',
        secret: '1234567',
      },
      { title: 'an empty object', credentials: {}, field: 'credentials' },
      { title: 'null', credentials: null, field: 'credentials' },
      { title: 'a string', credentials: PAT, field: 'credentials', secret: PAT },
    ];

    for (const { title, credentials, field, secret } of cases) {
      it(`rejects ${title}`, () => {
        const scope = mockApi().get(/.*/).reply(200, {});
        const error = validationErrorOf(credentials);
        expect(error.field).to.equal(field);
        expect(error.message).to.contain(field === 'credentials' ? 'credentials' : field);
        if (secret) {
          for (const text of [error.message, JSON.stringify(error), String(error.stack)])
            expect(text).not.to.contain(secret);
        }
        expect(scope.isDone()).to.equal(false);
        expect(recordedRequests()).to.have.length(0);
      });
    }
  });
});
