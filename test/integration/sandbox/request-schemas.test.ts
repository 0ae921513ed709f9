/**
 * The sandbox checks requests against an extract of spec/openapi.yaml that ships with it. The extract must say
 * what the spec says for every operation the sandbox serves, and the check must answer 400 naming the field.
 */
import { expect } from 'chai';
import { extractRequestSchemas, readSpec, servedEndpoints } from '../../../scripts/extract-sandbox-schemas';
import type { Sandbox } from '../../../lib/sandbox';
import { REQUEST_SCHEMAS } from '../../../lib/sandbox/openapi/request-schemas';
import { api, withSandbox } from '../../support/sandbox-client';

describe('sandbox request checks from the OpenAPI document', () => {
  let sandbox: Sandbox;
  withSandbox((started) => (sandbox = started));

  it('ships an extract equal to what spec/openapi.yaml says (run npm run generate:sandbox-schemas)', () => {
    expect(REQUEST_SCHEMAS).to.deep.equal(extractRequestSchemas(readSpec(), servedEndpoints()));
  });

  it('covers the request bodies of the served write operations', () => {
    for (const endpoint of ['POST /sessions/sms', 'POST /sessions/calls', 'PUT /settings/sipgateio', 'PUT /history'])
      expect(REQUEST_SCHEMAS[endpoint]?.body, endpoint).to.be.an('object');
  });

  it('answers 400 naming the field for a wrong type, a missing field and an undeclared field', async () => {
    const wrongType = await api(sandbox, 'POST', '/sessions/sms', {
      body: { smsId: 's0', recipient: '+4915799912345', message: 42 },
    });
    expect(wrongType.status).to.equal(400);
    expect(wrongType.json.errors[0].detail).to.equal('message must be a string, got a number');

    const missing = await api(sandbox, 'PUT', '/calls/x/muted', { body: {} });
    expect(missing.status).to.equal(400);
    expect(missing.json.errors[0].detail).to.equal('value is required');

    const misspelt = await api(sandbox, 'POST', '/sessions/sms', {
      body: { smsId: 's0', recipient: '+4915799912345', mesage: 'hi', message: 'hi' },
    });
    expect(misspelt.status).to.equal(400);
    expect(misspelt.json.errors[0].detail).to.equal('mesage is not a field of this request');
    expect(sandbox.state.sentSms).to.have.length(0);
  });

  it('checks nested items, enums and query parameters', async () => {
    const nested = await api(sandbox, 'PUT', '/history', { body: [{ id: 'h1', read: 3 }] });
    expect(nested.status).to.equal(400);
    expect(nested.json.errors[0].detail).to.equal('body[0].read must be a boolean, got a number');

    const scope = await api(sandbox, 'POST', '/contacts', { body: { scope: 'PUBLIC' } });
    expect(scope.status).to.equal(400);
    expect(scope.json.errors[0].detail).to.equal('scope must be one of PRIVATE, SHARED');

    const limit = await api(sandbox, 'GET', '/history?limit=1001');
    expect(limit.status).to.equal(400);
    expect(limit.json.errors[0].detail).to.equal('limit must be at most 1000');

    const types = await api(sandbox, 'GET', '/history?types=CALL&types=LETTER');
    expect(types.status).to.equal(400);
    expect(types.json.errors[0].detail).to.equal('types[1] must be one of CALL, VOICEMAIL, SMS, FAX');
  });

  it('reads an optional null as absent and "true"/"false" as booleans, as the real API does', async () => {
    const nullable = await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: '', outgoingUrl: '', log: null, whitelist: null },
    });
    expect(nullable.status).to.equal(204);
    const textBoolean = await api(sandbox, 'PUT', '/w0/sms/s0/callerids/1', { body: { defaultNumber: 'true' } });
    expect(textBoolean.status).to.equal(204);
    expect(sandbox.state.smsCallerIds.get('s0')?.find((c) => c.id === 1)?.defaultNumber).to.equal(true);
  });
});
