/**
 * The test file a user of the SDK would write, as source text for one runner (jest, vitest,
 * mocha), one module system (CommonJS or ESM) and one test environment (node or jsdom). It uses
 * only what every runner offers (describe/it, before/beforeAll, node:assert) and exercises the
 * installed package: against a local server (the sandbox, started by the orchestrating test,
 * URL and credentials in the environment) and, where requests go through node:http, nock.
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

/** How many tests the file defines for an environment (the orchestrator checks they all ran). */
export function scenarioTestCount(environment: TestEnvironment): number {
  return environment === 'node' ? 5 : 4;
}

export function scenarioSource({ packageName, label, moduleSystem, environment }: ScenarioOptions): string {
  const header =
    moduleSystem === 'esm'
      ? `import assert from 'node:assert/strict';
import nock from 'nock';
import * as sdk from '${packageName}';`
      : `'use strict';
const assert = require('node:assert/strict');
const nock = require('nock');
const sdk = require('${packageName}');`;
  // jsdom: the package resolves its browser build; requests leave through the page's web APIs
  // under CORS rules, so they are sent to a local server that answers CORS, not to nock.
  const nockTest =
    environment === 'node'
      ? `
  it('sends an SMS and reads the history against nock', async () => {
    nock.disableNetConnect();
    const scope = nock('https://api.sipgate.com')
      .post('/v2/sessions/sms', (body) => body.smsId === 's0' && body.recipient === TO && body.message === 'hello')
      .reply(204)
      .get('/v2/history')
      .query(true)
      .reply(200, { items: [${JSON.stringify(HISTORY_ITEM)}], totalCount: 1 });
    const client = sdk.sipgateIO(tokenCredentials);
    await client.sms.send({ smsId: 's0', to: TO, message: 'hello' });
    const entries = await client.history.fetchAll({ types: ['SMS'] });
    assert.deepEqual(entries.map((entry) => [entry.id, entry.smsContent]), [['h1', 'hello from nock']]);
    scope.done();
  });
`
      : '';
  return `${header}

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
${nockTest}});
`;
}
