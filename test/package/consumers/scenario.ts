/**
 * The test file a user of the SDK would write, as source text for one runner (jest, vitest,
 * mocha), one module system (CommonJS or ESM) and one test environment (node or jsdom). It uses
 * only what every runner offers (describe/it, beforeEach/afterEach, node:assert) and exercises the
 * installed package: against a local server (the sandbox, started by the orchestrating test,
 * URL and credentials in the environment) and against nock, in code written for the official
 * package (under jsdom requests go through jsdom's XMLHttpRequest, which nock intercepts too).
 */

export type ModuleSystem = 'cjs' | 'esm';
export type TestEnvironment = 'node' | 'jsdom';

export interface ScenarioOptions {
  packageName: string;
  label: string;
  moduleSystem: ModuleSystem;
  environment: TestEnvironment;
}

/** What the orchestrator passes to the runner's process. */
export const SCENARIO_ENV = {
  sandboxUrl: 'CONSUMER_SANDBOX_URL',
  tokenCredentials: 'CONSUMER_TOKEN_CREDENTIALS',
  basicCredentials: 'CONSUMER_BASIC_CREDENTIALS',
} as const;

/** A history item as the API returns it (fields of the OpenAPI HistoryEntryResponse). */
const HISTORY_ITEM = {
  id: 'h1',
  source: '+4921100000000',
  target: '+4915799912345',
  sourceAlias: '',
  targetAlias: '',
  type: 'SMS',
  created: '2025-01-02T03:04:05Z',
  lastModified: '2025-01-02T03:04:05Z',
  direction: 'OUTGOING',
  incoming: false,
  status: 'NOREPLY',
  connectionIds: ['s0'],
  read: true,
  archived: false,
  note: '',
  endpoints: [],
  starred: 'UNSTARRED',
  labels: [],
  smsContent: 'hello from nock',
};

/** How many tests the file defines (the orchestrator checks they all ran). */
export function scenarioTestCount(): number {
  return 5 + MIGRATED_SUITE_TEST_COUNT;
}

/** How many tests `migratedSuiteSource` defines. */
export const MIGRATED_SUITE_TEST_COUNT = 2;

function moduleHeader(moduleSystem: ModuleSystem, packageName: string): string {
  return moduleSystem === 'esm'
    ? `import assert from 'node:assert/strict';
import nock from 'nock';
import * as sdk from '${packageName}';`
    : `'use strict';
const assert = require('node:assert/strict');
const nock = require('nock');
const sdk = require('${packageName}');`;
}

/**
 * The part of a user's suite written for the official package (its factory functions, nock mocks), which
 * must pass unchanged against this one. Under jsdom the page is a browser on http://localhost: requests to
 * the API are cross-origin, so the mocks answer CORS, preflights included, as they must for the official.
 */
function migratedTests(environment: TestEnvironment): string {
  const cors =
    environment === 'jsdom'
      ? `
// jsdom is a browser: cross-origin requests are preflighted and need CORS headers.
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' };
const api = () => {
  nock(API).persist().options(/.*/).reply(204, '', CORS);
  return nock(API).defaultReplyHeaders(CORS);
};`
      : `
const api = () => nock(API);`;
  return `
const API = 'https://api.sipgate.com';
const TOKEN = { tokenId: 'token-ABC123', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' };${cors}

describe('code written for sipgateio, mocked with nock', () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('sends an SMS and reads the history', async () => {
    const scope = api()
      .post('/v2/sessions/sms', (body) => body.smsId === 's0' && body.recipient === '+4915799912345' && body.message === 'hello')
      .reply(204)
      .get('/v2/history')
      .query(true)
      .reply(200, { items: [${JSON.stringify(HISTORY_ITEM)}], totalCount: 1 });
    const client = sdk.sipgateIO(TOKEN);
    await sdk.createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'hello' });
    const entries = await sdk.createHistoryModule(client).fetchAll({ types: ['SMS'] });
    assert.deepEqual(entries.map((entry) => [entry.id, entry.smsContent]), [['h1', 'hello from nock']]);
    scope.done();
  });

  it('imports contacts from CSV', async () => {
    const csv = 'firstname,lastname,number\\nAda,Lovelace,+4915799912345\\nAlan,Turing,+4915799912346\\n';
    const scope = api().post('/v2/contacts/import/csv', { base64Content: 'Zmlyc3RuYW1lLGxhc3RuYW1lLG51bWJlcgpBZGEsTG92ZWxhY2UsKzQ5MTU3OTk5MTIzNDUKQWxhbixUdXJpbmcsKzQ5MTU3OTk5MTIzNDY=' }).reply(204);
    await sdk.createContactsModule(sdk.sipgateIO(TOKEN)).importFromCsvString(csv);
    scope.done();
  });
});
`;
}

/** The migrated part alone, for running it against the official package as the control. */
export function migratedSuiteSource(moduleSystem: ModuleSystem, environment: TestEnvironment, packageName: string) {
  return `${moduleHeader(moduleSystem, packageName)}
${migratedTests(environment)}`;
}

export function scenarioSource({ packageName, label, moduleSystem, environment }: ScenarioOptions): string {
  return `${moduleHeader(moduleSystem, packageName)}

const TO = '+4915799912345';
const sandboxUrl = process.env.${SCENARIO_ENV.sandboxUrl};
const tokenCredentials = JSON.parse(process.env.${SCENARIO_ENV.tokenCredentials});
const basicCredentials = JSON.parse(process.env.${SCENARIO_ENV.basicCredentials});

describe('sipgate-io-sdk under ${label}', () => {
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('loads the ${environment === 'node' ? 'Node' : 'browser'} build', () => {
    assert.equal(typeof sdk.sipgateIO, 'function');
    assert.equal(typeof sdk.createWebhookServer, '${environment === 'node' ? 'function' : 'undefined'}');
  });

  it('sends an SMS to a local server and finds it in the history', async () => {
    const client = sdk.sipgateIO(tokenCredentials, { baseUrl: sandboxUrl });
    const message = 'from ${label} ' + Math.random();
    await client.sms.send({ smsId: 's0', to: TO, message });
    const entries = await client.history.fetchAll({ types: ['SMS'] });
    assert.ok(entries.some((entry) => entry.smsContent === message), 'the SMS is in the history');
  });

  it('logs in with Basic credentials whose password is not ASCII', async () => {
    const client = sdk.sipgateIO(basicCredentials, { baseUrl: sandboxUrl });
    assert.ok(Array.isArray(await client.history.fetchAll({ types: ['SMS'] })));
  });

  it('refuses an invalid number with a ValidationError before any request', async () => {
    nock.disableNetConnect(); // a request would fail with a different error
    const client = sdk.sipgateIO(tokenCredentials);
    await assert.rejects(client.sms.send({ smsId: 's0', to: 'not a number', message: 'x' }), (error) => {
      assert.ok(error instanceof sdk.ValidationError, String(error));
      assert.ok(error instanceof sdk.SipgateIOError);
      assert.equal(error.name, 'ValidationError');
      assert.equal(error.field, 'to');
      return true;
    });
  });

  it('uploads a CSV with non-ASCII names as UTF-8 (no TextEncoder needed)', async () => {
    nock.disableNetConnect();
    let uploaded;
    const scope = api()
      .post('/v2/contacts/import/csv', (body) => {
        uploaded = body.base64Content;
        return true;
      })
      .reply(204);
    await sdk.sipgateIO(tokenCredentials).contacts.importFromCsvString('firstname,lastname,number\\nJürgen,Müller,+4921100000000');
    const decoded = decodeURIComponent(escape(atob(uploaded))); // the UTF-8 bytes back to text, in any environment
    assert.equal(decoded, 'firstname,lastname,number\\nJürgen,Müller,+4921100000000');
    scope.done();
  });
});
${migratedTests(environment)}`;
}

/**
 * One test file for every export condition a CommonJS consumer can land on, run under jest's jsdom
 * environment with that condition (jest passes it as `CONDITION` in its globals): the entry loads with
 * require(), and a Basic login with a non-ASCII password sends an SMS, with no TextEncoder and no fetch.
 */
export function conditionSuiteSource(packageName: string, basicAuthorization: string): string {
  return `'use strict';
const assert = require('node:assert/strict');
const nock = require('nock');

const API = 'https://api.sipgate.com';
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' };

afterEach(() => nock.cleanAll());

it(CONDITION + ': require() loads it and a Basic login sends, with no TextEncoder and no fetch', async () => {
  assert.equal(typeof TextEncoder, 'undefined');
  assert.equal(typeof fetch, 'undefined');
  const sdk = require('${packageName}');
  nock.disableNetConnect();
  nock(API).persist().options(/.*/).reply(204, '', CORS);
  const scope = nock(API, { reqheaders: { authorization: ${JSON.stringify(basicAuthorization)} } })
    .defaultReplyHeaders(CORS)
    .post('/v2/sessions/sms')
    .reply(204);
  const client = sdk.sipgateIO(JSON.parse(process.env.${SCENARIO_ENV.basicCredentials}));
  await client.sms.send({ smsId: 's0', to: '+4915799912345', message: 'hello' });
  scope.done();
});
`;
}
