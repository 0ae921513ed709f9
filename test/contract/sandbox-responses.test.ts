/**
 * Every endpoint the sandbox serves answers in a shape the OpenAPI spec (spec/openapi.yaml)
 * accepts, for requests the spec accepts. The scripted walk below must touch every sandbox endpoint.
 */
import { expect } from 'chai';
import { createSandbox, type Sandbox } from '../../lib/sandbox';
import { validateRequest, validateResponse } from '../support/openapi';
import { api, PDF_BASE64 } from '../support/sandbox-client';

interface Step {
  /** The sandbox route template this step covers, "METHOD /template". */
  endpoint: string;
  method: string;
  path: string | (() => string);
  body?: unknown;
  status: number;
}

/**
 * Operations for which the spec declares no success status at all (only an error such as 402/403), so any
 * success answer is "not declared". The sandbox answers 204 without a body there; the test checks exactly that.
 */
const NO_SUCCESS_DECLARED = new Set([
  'POST /sessions/sms',
  'POST /sessions/fax/resend',
  'PUT /settings/sipgateio',
  'PUT /devices/{deviceId}/alias',
]);

describe('sandbox responses against the OpenAPI spec', () => {
  let sandbox: Sandbox;
  let faxId = '';
  let callId = '';
  before(async () => {
    sandbox = await createSandbox({ faxStepMs: 1 });
  });
  after(async () => {
    await sandbox.stop();
  });

  const steps: Step[] = [
    { endpoint: 'GET /', method: 'GET', path: '/', status: 200 },
    { endpoint: 'GET /authorization/userinfo', method: 'GET', path: '/authorization/userinfo', status: 200 },
    { endpoint: 'GET /account', method: 'GET', path: '/account', status: 200 },
    { endpoint: 'GET /balance', method: 'GET', path: '/balance', status: 200 },
    { endpoint: 'GET /users', method: 'GET', path: '/users', status: 200 },
    { endpoint: 'GET /users/{userId}', method: 'GET', path: '/users/w0', status: 200 },
    { endpoint: 'GET /users/{userId}', method: 'GET', path: '/users/w42', status: 404 },
    { endpoint: 'GET /numbers', method: 'GET', path: '/numbers?offset=0&limit=2', status: 200 },
    { endpoint: 'GET /{userId}/numbers', method: 'GET', path: '/w0/numbers', status: 200 },
    { endpoint: 'GET /{userId}/devices', method: 'GET', path: '/w0/devices', status: 200 },
    { endpoint: 'GET /devices/{deviceId}', method: 'GET', path: '/devices/e0', status: 200 },
    { endpoint: 'GET /devices/{deviceId}', method: 'GET', path: '/devices/y0', status: 200 },
    {
      endpoint: 'PUT /devices/{deviceId}/alias',
      method: 'PUT',
      path: '/devices/e0/alias',
      body: { value: 'Desk' },
      status: 204,
    },
    {
      endpoint: 'POST /{userId}/devices/register',
      method: 'POST',
      path: '/w1/devices/register',
      body: { alias: 'Browser' },
      status: 200,
    },
    {
      endpoint: 'POST /devices/{deviceId}/credentials/password',
      method: 'POST',
      path: '/devices/e1/credentials/password',
      status: 204,
    },
    { endpoint: 'GET /{userId}/phonelines', method: 'GET', path: '/w0/phonelines', status: 200 },
    {
      endpoint: 'GET /{userId}/phonelines/{phonelineId}/voicemails',
      method: 'GET',
      path: '/w0/phonelines/p0/voicemails',
      status: 200,
    },
    { endpoint: 'GET /voicemails', method: 'GET', path: '/voicemails', status: 200 },
    { endpoint: 'GET /voicemails/{voicemailId}', method: 'GET', path: '/voicemails/v0', status: 200 },
    { endpoint: 'GET /contacts/internal', method: 'GET', path: '/contacts/internal', status: 200 },
    { endpoint: 'GET /{userId}/sms', method: 'GET', path: '/w0/sms', status: 200 },
    { endpoint: 'GET /{userId}/sms/{smsId}/callerids', method: 'GET', path: '/w0/sms/s0/callerids', status: 200 },
    {
      endpoint: 'PUT /{userId}/sms/{smsId}/callerids/{callerId}',
      method: 'PUT',
      path: '/w0/sms/s0/callerids/1',
      body: { defaultNumber: true },
      status: 204,
    },
    {
      endpoint: 'POST /sessions/sms',
      method: 'POST',
      path: '/sessions/sms',
      body: { smsId: 's0', recipient: '+4915799912345', message: 'hi', sendAt: Math.floor(Date.now() / 1000) + 600 },
      status: 204,
    },
    {
      endpoint: 'POST /sessions/fax',
      method: 'POST',
      path: '/sessions/fax',
      body: { faxlineId: 'f0', recipient: '+4930555111', filename: 'a.pdf', base64Content: PDF_BASE64 },
      status: 200,
    },
    { endpoint: 'GET /history/{entryId}', method: 'GET', path: () => `/history/${faxId}`, status: 200 },
    {
      endpoint: 'POST /sessions/fax/resend',
      method: 'POST',
      path: '/sessions/fax/resend',
      body: { faxId: 'h6', faxlineId: 'f0' },
      status: 204,
    },
    { endpoint: 'GET /{userId}/faxlines', method: 'GET', path: '/w0/faxlines', status: 200 },
    { endpoint: 'GET /groupfaxlines', method: 'GET', path: '/groupfaxlines?userId=w0', status: 200 },
    {
      endpoint: 'PUT /settings/sipgateio',
      method: 'PUT',
      path: '/settings/sipgateio',
      body: {
        incomingUrl: 'http://127.0.0.1:9/in',
        outgoingUrl: 'http://127.0.0.1:9/out',
        log: true,
        whitelist: ['p0'],
      },
      status: 204,
    },
    { endpoint: 'GET /settings/sipgateio', method: 'GET', path: '/settings/sipgateio', status: 200 },
    {
      endpoint: 'POST /sessions/calls',
      method: 'POST',
      path: '/sessions/calls',
      body: { caller: 'e0', callee: '+4915799912345', callerId: '+4921100000000' },
      status: 200,
    },
    { endpoint: 'GET /calls', method: 'GET', path: '/calls', status: 200 },
    {
      endpoint: 'PUT /calls/{callId}/muted',
      method: 'PUT',
      path: () => `/calls/${callId}/muted`,
      body: { value: true },
      status: 204,
    },
    {
      endpoint: 'PUT /calls/{callId}/hold',
      method: 'PUT',
      path: () => `/calls/${callId}/hold`,
      body: { value: true },
      status: 204,
    },
    {
      endpoint: 'PUT /calls/{callId}/recording',
      method: 'PUT',
      path: () => `/calls/${callId}/recording`,
      body: { value: true, announcement: true },
      status: 204,
    },
    {
      endpoint: 'POST /calls/{callId}/announcements',
      method: 'POST',
      path: () => `/calls/${callId}/announcements`,
      body: { url: 'https://example.com/a.wav' },
      status: 204,
    },
    {
      endpoint: 'POST /calls/{callId}/transfer',
      method: 'POST',
      path: () => `/calls/${callId}/transfer`,
      body: { attended: true, phoneNumber: '+4930999000' },
      status: 204,
    },
    {
      endpoint: 'POST /calls/{callId}/dtmf',
      method: 'POST',
      path: () => `/calls/${callId}/dtmf`,
      body: { sequence: '1#' },
      status: 204,
    },
    { endpoint: 'DELETE /calls/{callId}', method: 'DELETE', path: () => `/calls/${callId}`, status: 204 },
    { endpoint: 'DELETE /calls/{callId}', method: 'DELETE', path: '/calls/unknown', status: 404 },
    { endpoint: 'GET /log/webhooks', method: 'GET', path: '/log/webhooks', status: 200 },
    {
      endpoint: 'POST /contacts',
      method: 'POST',
      path: '/contacts',
      body: {
        name: 'Ada',
        given: 'Ada',
        family: 'L',
        emails: [{ email: 'a@example.com', type: ['work'] }],
        numbers: [{ number: '+4930111', type: ['home'] }],
        addresses: [{ locality: 'London' }],
        organization: [['Org']],
        scope: 'PRIVATE',
      },
      status: 204,
    },
    {
      endpoint: 'GET /contacts',
      method: 'GET',
      path: '/contacts?limit=10&offset=0&phonenumbers=%2B4930111',
      status: 200,
    },
    {
      endpoint: 'PUT /contacts/{contactId}',
      method: 'PUT',
      path: '/contacts/ct0',
      body: { name: 'Grace', scope: 'SHARED' },
      status: 204,
    },
    { endpoint: 'DELETE /contacts/{contactId}', method: 'DELETE', path: '/contacts/ct1', status: 204 },
    {
      endpoint: 'POST /contacts/import/csv',
      method: 'POST',
      path: '/contacts/import/csv',
      body: { base64Content: Buffer.from('firstname,lastname,number\nA,B,+4930222\n').toString('base64') },
      status: 204,
    },
    { endpoint: 'DELETE /contacts', method: 'DELETE', path: '/contacts', status: 204 },
    {
      endpoint: 'GET /history',
      method: 'GET',
      path: '/history?types=CALL&types=FAX&directions=INCOMING&directions=OUTGOING&starred=UNSTARRED&archived=false&offset=0&limit=100&connectionIds=p0&phonenumber=%2B4930123456',
      status: 200,
    },
    { endpoint: 'GET /history', method: 'GET', path: '/history?limit=1000', status: 200 },
    { endpoint: 'GET /history/export', method: 'GET', path: '/history/export?types=SMS&limit=1000', status: 200 },
    { endpoint: 'GET /history/{entryId}', method: 'GET', path: '/history/h8', status: 200 },
    {
      endpoint: 'PUT /history/{entryId}',
      method: 'PUT',
      path: '/history/h1',
      body: { note: 'n', archived: false, read: true, starred: true },
      status: 204,
    },
    {
      endpoint: 'PUT /history',
      method: 'PUT',
      path: '/history',
      body: [
        { id: 'h2', read: true },
        { id: 'h3', starred: false },
      ],
      status: 204,
    },
    {
      endpoint: 'PUT /history/{entryId}/archive',
      method: 'PUT',
      path: '/history/h4/archive',
      body: { value: true },
      status: 204,
    },
    {
      endpoint: 'PUT /history/{entryId}/read',
      method: 'PUT',
      path: '/history/h4/read',
      body: { value: true },
      status: 204,
    },
    {
      endpoint: 'PUT /history/{entryId}/note',
      method: 'PUT',
      path: '/history/h4/note',
      body: { note: 'hello' },
      status: 200,
    },
    { endpoint: 'DELETE /history/{entryId}', method: 'DELETE', path: '/history/h5', status: 204 },
    { endpoint: 'DELETE /history', method: 'DELETE', path: '/history?id=h6&id=h7', status: 204 },
  ];

  it('walks every sandbox endpoint with spec-valid requests and gets spec-valid answers', async () => {
    const problems: string[] = [];
    for (const step of steps) {
      const path = typeof step.path === 'function' ? step.path() : step.path;
      const requestViolations = validateRequest({
        method: step.method,
        path: `/v2${path}`,
        body: step.body,
        contentType: step.body === undefined ? undefined : 'application/json',
      });
      problems.push(...requestViolations.map((v) => `request: ${v}`));
      // The log holds the newCall delivery of the call above (to a closed port) once that exchange is over.
      if (step.endpoint === 'GET /log/webhooks') await sandbox.waitForCall(callId);
      const response = await api(sandbox, step.method, path, { body: step.body });
      if (step.endpoint === 'GET /log/webhooks') expect(response.json.items).to.have.length.greaterThan(0);
      if (response.status !== step.status)
        problems.push(
          `${step.method} ${path}: status ${response.status}, expected ${step.status}: ${response.text.slice(0, 200)}`,
        );
      if (step.endpoint === 'POST /sessions/fax') faxId = response.json.sessionId;
      if (step.endpoint === 'POST /sessions/calls') callId = response.json.sessionId;
      const violations = validateResponse({
        method: step.method,
        path: `/v2${path}`,
        status: response.status,
        body: response.text,
        contentType: response.contentType || undefined,
      });
      if (NO_SUCCESS_DECLARED.has(step.endpoint)) {
        expect(
          violations.every((v) => /status is not declared/.test(v)),
          violations.join('\n'),
        ).to.equal(true);
        expect(response.text, step.endpoint).to.equal('');
      } else {
        problems.push(...violations.map((v) => `response: ${v}`));
      }
      if (response.status !== 204 && step.endpoint !== 'GET /history/export')
        expect(response.contentType, step.endpoint).to.match(/^application\/json/);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the walk covers every endpoint the sandbox serves', () => {
    const covered = new Set(steps.map((step) => step.endpoint));
    expect(sandbox.endpoints.filter((endpoint) => !covered.has(endpoint))).to.deep.equal([]);
    expect([...covered].filter((endpoint) => !sandbox.endpoints.includes(endpoint))).to.deep.equal([]);
  });

  it('history entries of every type and fax entries in PENDING and FAILED state validate', async () => {
    sandbox.reset();
    const all = await api(sandbox, 'GET', '/history?limit=1000');
    expect(
      validateResponse({
        method: 'GET',
        path: '/v2/history',
        status: 200,
        body: all.json,
        contentType: all.contentType,
      }),
    ).to.deep.equal([]);
    expect(new Set(all.json.items.map((i: { type: string }) => i.type))).to.deep.equal(
      new Set(['CALL', 'SMS', 'FAX', 'VOICEMAIL']),
    );

    const slow = await createSandbox({ faxStepMs: 60_000, failingFaxNumbers: ['+4930666666'] });
    const fast = await createSandbox({ faxStepMs: 1, failingFaxNumbers: ['+4930666666'] });
    try {
      for (const [instance, expected] of [
        [slow, 'PENDING'],
        [fast, 'FAILED'],
      ] as const) {
        const sent = await api(instance, 'POST', '/sessions/fax', {
          body: { faxlineId: 'f0', recipient: '+4930666666', filename: 'a.pdf', base64Content: PDF_BASE64 },
        });
        if (expected === 'FAILED') await new Promise((resolve) => setTimeout(resolve, 10));
        const entry = await api(instance, 'GET', `/history/${sent.json.sessionId}`);
        expect(entry.json.faxStatusType).to.equal(expected);
        expect(
          validateResponse({
            method: 'GET',
            path: `/v2/history/${sent.json.sessionId}`,
            status: 200,
            body: entry.json,
            contentType: entry.contentType,
          }),
        ).to.deep.equal([]);
      }
    } finally {
      await Promise.all([slow.stop(), fast.stop()]);
    }
  });
});
