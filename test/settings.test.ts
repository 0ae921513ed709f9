import { expect } from 'chai';
import { PermissionError, ValidationError } from '../lib/core/errors';
import { createSettingsModule } from '../lib/settings';
import { mockApi, recordedRequests, takeContractViolations } from './support/api-mock';
import { expectNoRequest, rejection, testClient } from './support/module-test-kit';

const CURRENT = { incomingUrl: 'https://in.example.com', outgoingUrl: 'https://out.example.com', log: false, whitelist: ['p0'] };
const settings = () => createSettingsModule(testClient());

function lastPut(): Record<string, unknown> {
  const puts = recordedRequests().filter((request) => request.method === 'PUT');
  return puts[puts.length - 1].body as Record<string, unknown>;
}

describe('settings module', () => {
  const changes: Array<[string, (module: ReturnType<typeof settings>) => Promise<void>, Record<string, unknown>]> = [
    ['setIncomingUrl', (m) => m.setIncomingUrl('https://hooks.example.com/in'), { incomingUrl: 'https://hooks.example.com/in' }],
    ['setOutgoingUrl', (m) => m.setOutgoingUrl('http://127.0.0.1:8080/out'), { outgoingUrl: 'http://127.0.0.1:8080/out' }],
    ['clearIncomingUrl', (m) => m.clearIncomingUrl(), { incomingUrl: '' }],
    ['clearOutgoingUrl', (m) => m.clearOutgoingUrl(), { outgoingUrl: '' }],
    ['setWhitelist', (m) => m.setWhitelist(['p1', 'g2']), { whitelist: ['p1', 'g2'] }],
    ['clearWhitelist', (m) => m.clearWhitelist(), { whitelist: [] }],
    ['setLog', (m) => m.setLog(true), { log: true }],
  ];
  for (const [name, act, change] of changes) {
    it(`${name} reads the settings and writes them back with one field changed`, async () => {
      mockApi().get('/settings/sipgateio').reply(200, CURRENT);
      mockApi().put('/settings/sipgateio').reply(204);
      await act(settings());
      expect(lastPut()).to.deep.equal({ ...CURRENT, ...change });
    });
  }

  it('disableWhitelist writes whitelist null (no whitelist), which the spec snapshot does not declare', async () => {
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    mockApi().put('/settings/sipgateio').reply(204);
    await settings().disableWhitelist();
    expect(lastPut().whitelist).to.equal(null);
    // API-FACTS §2.13 (webhook settings): `whitelist: null` disables whitelisting; the official client sends it.
    // The 2022 spec types whitelist as a plain array, so exactly this one violation is expected.
    const violations = takeContractViolations();
    expect(violations).to.have.length(1);
    expect(violations[0]).to.contain('whitelist');
  });

  it('getWebhookSettings returns the settings', async () => {
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    expect(await settings().getWebhookSettings()).to.deep.equal(CURRENT);
  });

  it('serialises concurrent setters so neither change is lost', async () => {
    const module = settings();
    let stored = { ...CURRENT };
    mockApi().get('/settings/sipgateio').times(2).delay(10).reply(200, () => stored);
    mockApi()
      .put('/settings/sipgateio')
      .times(2)
      .reply(204, (_uri, body) => {
        stored = body as typeof CURRENT;
        return '';
      });
    await Promise.all([module.setIncomingUrl('https://a.example.com'), module.setLog(true)]);
    expect(stored).to.deep.equal({ ...CURRENT, incomingUrl: 'https://a.example.com', log: true });
  });

  const invalid: Array<[string, (m: ReturnType<typeof settings>) => Promise<void>, string]> = [
    ['a non-http URL', (m) => m.setIncomingUrl('ftp://example.com'), 'url'],
    ['a relative URL', (m) => m.setOutgoingUrl('/hooks'), 'url'],
    ['a device in the whitelist', (m) => m.setWhitelist(['p0', 'e1']), 'extensions[1]'],
    ['a whitelist that is not an array', (m) => m.setWhitelist('p0' as never), 'extensions'],
    ['a non-boolean log value', (m) => m.setLog('yes' as never), 'value'],
  ];
  for (const [name, act, field] of invalid) {
    it(`rejects ${name} (field ${field}) without a request`, async () => {
      const scope = mockApi().get('/settings/sipgateio').reply(200, CURRENT);
      const error = await rejection(act(settings()));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal(field);
      expectNoRequest(scope);
    });
  }

  it('maps 403 to PermissionError saying sipgate.io is not booked', async () => {
    mockApi().get('/settings/sipgateio').reply(403);
    const error = await rejection(settings().getWebhookSettings());
    expect(error).to.be.instanceOf(PermissionError);
    expect((error as Error).message).to.contain('not booked');
  });
});
