import { execFile } from 'child_process';
import { rawRequest } from '../support/raw-request';
import { expect } from 'chai';
import { mockApi, recordedRequests, takeContractViolations } from '../support/api-mock';
import { allowUnknownEndpoint, findOperation, validateRequest, validateResponse } from '../support/openapi';
import { REPO_ROOT } from '../support/paths';

const validSms = { smsId: 's0', recipient: '+4915799912345', message: 'Hello' };

describe('OpenAPI contract support', () => {
  describe('findOperation', () => {
    it('prefers a literal segment over a template', () => {
      expect(findOperation('GET', '/history/export')?.pathTemplate).to.equal('/history/export');
      expect(findOperation('GET', '/history/abc123')?.pathTemplate).to.equal('/history/{entryId}');
      expect(findOperation('GET', '/history/abc123')?.pathParams).to.deep.equal({ entryId: 'abc123' });
    });

    it('prefers the template with literals further left (/history/{entryId} over /{userId}/sms)', () => {
      expect(findOperation('DELETE', '/history/sms')?.pathTemplate).to.equal('/history/{entryId}');
      expect(findOperation('GET', '/w0/sms')?.pathTemplate).to.equal('/{userId}/sms');
    });

    it('strips the /v2 base path and the query string', () => {
      expect(findOperation('post', '/v2/sessions/sms')?.operationId).to.equal('sendWebSms');
      expect(findOperation('GET', '/v2/history?limit=5')?.operationId).to.equal('getHistory');
    });

    it('returns undefined for unknown paths and methods', () => {
      expect(findOperation('GET', '/no/such/endpoint')).to.equal(undefined);
      expect(findOperation('PATCH', '/sessions/sms')).to.equal(undefined);
    });
  });

  describe('validateRequest', () => {
    it('accepts a valid SMS request', () => {
      expect(
        validateRequest({ method: 'POST', path: '/sessions/sms', body: validSms, contentType: 'application/json' }),
      ).to.deep.equal([]);
    });

    it('rejects an unknown path and an undeclared method', () => {
      expect(validateRequest({ method: 'GET', path: '/v2/sms/send' }))
        .to.have.length(1)
        .and.match(/not in the OpenAPI spec/);
      expect(validateRequest({ method: 'PATCH', path: '/history' })[0]).to.match(/PATCH is not declared for \/history/);
    });

    it('rejects an SMS body without recipient', () => {
      const { recipient: _omitted, ...withoutRecipient } = validSms;
      const violations = validateRequest({ method: 'POST', path: '/sessions/sms', body: withoutRecipient });
      expect(violations.join('\n')).to.match(/required property 'recipient'/);
    });

    it('rejects a body property the spec does not declare', () => {
      const violations = validateRequest({ method: 'POST', path: '/sessions/sms', body: { ...validSms, sender: 'x' } });
      expect(violations.join('\n')).to.match(/additional properties \(sender\)/);
    });

    it('rejects muted "true" as a string', () => {
      expect(validateRequest({ method: 'PUT', path: '/calls/c1/muted', body: { value: true } })).to.deep.equal([]);
      const violations = validateRequest({ method: 'PUT', path: '/calls/c1/muted', body: { value: 'true' } });
      expect(violations.join('\n')).to.match(/body\/value must be boolean/);
    });

    it('parses a JSON string body and rejects a body that is not JSON', () => {
      expect(validateRequest({ method: 'POST', path: '/sessions/sms', body: JSON.stringify(validSms) })).to.deep.equal(
        [],
      );
      expect(validateRequest({ method: 'POST', path: '/sessions/sms', body: '{not json' })[0]).to.match(
        /not valid JSON/,
      );
    });

    it('rejects a body on an operation that declares none', () => {
      expect(validateRequest({ method: 'GET', path: '/calls', body: {} })[0]).to.match(/declares none/);
    });

    it('checks query parameters against their schema (history limit max 1000)', () => {
      expect(validateRequest({ method: 'GET', path: '/history', query: { limit: '1000', offset: '0' } })).to.deep.equal(
        [],
      );
      expect(validateRequest({ method: 'GET', path: '/history', query: { limit: '5000' } }).join('\n')).to.match(
        /limit must be <= 1000/,
      );
      expect(validateRequest({ method: 'GET', path: '/history', query: { offset: 'ten' } }).join('\n')).to.match(
        /offset must be integer/,
      );
    });

    it('accepts repeated array parameters and rejects values outside the enum', () => {
      expect(
        validateRequest({ method: 'GET', path: '/history', query: { types: ['CALL', 'SMS'], directions: 'INCOMING' } }),
      ).to.deep.equal([]);
      expect(
        validateRequest({ method: 'GET', path: '/history', query: { types: ['CALL', 'EMAIL'] } }).join('\n'),
      ).to.match(/allowed values/);
    });

    it('rejects undeclared query parameters, including bracketed array keys', () => {
      expect(validateRequest({ method: 'GET', path: '/history', query: { page: '2' } })[0]).to.match(
        /"page" is not declared/,
      );
      expect(validateRequest({ method: 'GET', path: '/history?types[]=CALL' })[0]).to.match(
        /"types\[\]" is not declared/,
      );
    });

    it('requires the reason of an allowed newer endpoint to cite a public source', () => {
      expect(() => allowUnknownEndpoint('GET', '/something/new', 'because')).to.throw(/https:\/\/ source/);
    });
  });

  describe('validateResponse', () => {
    const entry = { id: 'e1', type: 'SMS', direction: 'INCOMING', created: '2024-01-01T00:00:00Z' };

    it('accepts a valid response, extra properties included', () => {
      const body = { items: [{ ...entry, futureField: 1 }], totalCount: 1 };
      expect(
        validateResponse({ method: 'GET', path: '/history', status: 200, body, contentType: 'application/json' }),
      ).to.deep.equal([]);
    });

    it('rejects a response body with a wrong type', () => {
      const violations = validateResponse({
        method: 'GET',
        path: '/history',
        status: 200,
        body: { items: [entry], totalCount: '1' },
      });
      expect(violations.join('\n')).to.match(/totalCount must be integer/);
    });

    it('rejects an undeclared status and accepts any status where only default is declared', () => {
      expect(validateResponse({ method: 'GET', path: '/history', status: 418, body: {} })[0]).to.match(
        /status is not declared/,
      );
      expect(validateResponse({ method: 'DELETE', path: '/history/e1', status: 204 })).to.deep.equal([]);
    });
  });

  describe('mockApi', () => {
    it('records and validates a request made below the SDK client', async () => {
      const scope = mockApi().post('/sessions/sms').query(true).reply(204);
      await rawRequest('POST', 'https://api.sipgate.com/v2/sessions/sms?extra[]=a&extra[]=b', {
        json: { smsId: 's0', message: 'no recipient' },
        headers: { Authorization: 'Bearer token' },
      });
      expect(scope.isDone()).to.equal(true);

      const [request] = recordedRequests();
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/v2/sessions/sms');
      expect(request.query).to.deep.equal({ 'extra[]': ['a', 'b'] });
      expect(request.body).to.deep.equal({ smsId: 's0', message: 'no recipient' });
      expect(request.headers.authorization).to.equal('Bearer token');

      const violations = takeContractViolations().join('\n');
      expect(violations).to.match(/required property 'recipient'/);
      expect(violations).to.match(/"extra\[\]" is not declared/);
    });

    it('records nothing as a violation for a valid request', async () => {
      mockApi().post('/sessions/sms').reply(204);
      await rawRequest('POST', 'https://api.sipgate.com/v2/sessions/sms', { json: validSms });
      expect(recordedRequests()).to.have.length(1);
      expect(takeContractViolations()).to.deep.equal([]);
    });

    it('blocks connections to the internet', async () => {
      const error = await rawRequest('GET', 'https://example.com/').then(
        () => undefined,
        (err: Error) => err,
      );
      expect(error?.message).to.match(/Nock: Disallowed net connect/);
    });
  });

  describe('root hook', () => {
    it('fails a test whose request breaks the contract, and keeps running the suite', async () => {
      const repo = REPO_ROOT;
      const output = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        execFile(
          process.execPath,
          [
            require.resolve('mocha/bin/mocha.js'),
            // --no-config: the project config would add every *.test.ts, this file included.
            ...['--no-config', '--require', 'ts-node/register', '--require', 'test/support/root-hooks.ts'],
            // The spec validator compiles on first use: seconds on a loaded machine, beyond mocha's default 2 s.
            ...['--timeout', '20000', '--reporter', 'json', 'test/support/contract-violation.fixture.ts'],
          ],
          { cwd: repo, timeout: 40000 },
          (error, stdout) =>
            resolve({ code: error ? (error as NodeJS.ErrnoException & { code: number }).code : 0, stdout }),
        );
      });
      const report = JSON.parse(output.stdout.slice(output.stdout.indexOf('{')));
      expect(output.code).to.equal(1);
      expect(report.stats).to.include({ tests: 2, passes: 1, failures: 1 });
      expect(report.failures[0].title).to.equal('sends an SMS without recipient');
      expect(report.failures[0].err.message).to.match(/required property 'recipient'/);
    });
  });
});
