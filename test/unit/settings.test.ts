import { expect } from 'chai';
import { PermissionError, ValidationError } from '../../lib/core/errors';
import { createSettingsModule } from '../../lib/settings';
import { mockApi, recordedRequests } from '../support/api-mock';
import { expectNoRequest, rejection, sdkRejection, testClient } from '../support/module-test-kit';

const CURRENT = {
  incomingUrl: 'https://in.example.com',
  outgoingUrl: 'https://out.example.com',
  log: false,
  whitelist: ['p0'],
};
const settings = () => createSettingsModule(testClient());

function lastPut(): Record<string, unknown> {
  const puts = recordedRequests().filter((request) => request.method === 'PUT');
  return puts[puts.length - 1].body as Record<string, unknown>;
}

describe('settings module', () => {
  const changes: Array<[string, (module: ReturnType<typeof settings>) => Promise<void>, Record<string, unknown>]> = [
    [
      'setIncomingUrl',
      (m) => m.setIncomingUrl('https://hooks.example.com/in'),
      { incomingUrl: 'https://hooks.example.com/in' },
    ],
    [
      'setOutgoingUrl',
      (m) => m.setOutgoingUrl('http://127.0.0.1:8080/out'),
      { outgoingUrl: 'http://127.0.0.1:8080/out' },
    ],
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

  it('disableWhitelist leaves the whitelist out of the PUT (the spec has no null whitelist)', async () => {
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    mockApi().put('/settings/sipgateio').reply(204);
    await settings().disableWhitelist();
    const { whitelist: _removed, ...rest } = CURRENT;
    expect(lastPut()).to.deep.equal(rest);
    expect(lastPut()).not.to.have.property('whitelist');
  });

  it('keeps a disabled whitelist disabled when another field changes', async () => {
    mockApi()
      .get('/settings/sipgateio')
      .reply(200, { incomingUrl: 'https://in.example.com', outgoingUrl: '', log: true });
    mockApi().put('/settings/sipgateio').reply(204);
    await settings().setOutgoingUrl('https://out.example.com');
    expect(lastPut()).to.deep.equal({
      incomingUrl: 'https://in.example.com',
      outgoingUrl: 'https://out.example.com',
      log: true,
    });
  });

  it('sends an empty whitelist as [] (no extension triggers), distinct from a disabled one', async () => {
    mockApi().get('/settings/sipgateio').reply(200, { incomingUrl: '', outgoingUrl: '', log: false });
    mockApi().put('/settings/sipgateio').reply(204);
    await settings().clearWhitelist();
    expect(lastPut().whitelist).to.deep.equal([]);
  });

  it('reads a missing whitelist and missing fields as null and defaults', async () => {
    mockApi().get('/settings/sipgateio').reply(200, { incomingUrl: 'https://in.example.com' });
    expect(await settings().getWebhookSettings()).to.deep.equal({
      incomingUrl: 'https://in.example.com',
      outgoingUrl: '',
      log: false,
      whitelist: null,
    });
  });

  it('sends the X-Sipgate-Client and X-Sipgate-Version headers', async () => {
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    await settings().getWebhookSettings();
    const [request] = recordedRequests();
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal('/v2/settings/sipgateio');
    expect(request.headers['x-sipgate-client']).to.be.a('string').and.not.equal('');
    expect(request.headers['x-sipgate-version']).to.be.a('string').and.not.equal('');
  });

  it('getWebhookSettings returns the settings', async () => {
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    expect(await settings().getWebhookSettings()).to.deep.equal(CURRENT);
  });

  /** A fake account whose stored settings the GET returns (after a delay, so reads would overlap) and the PUT replaces. */
  function fakeAccount(writes: number) {
    const account = { stored: { ...CURRENT } as Record<string, unknown> };
    mockApi()
      .get('/settings/sipgateio')
      .times(writes)
      .delay(10)
      .reply(200, () => account.stored);
    mockApi()
      .put('/settings/sipgateio')
      .times(writes)
      .reply(204, (_uri, body) => {
        account.stored = body as Record<string, unknown>;
        return '';
      });
    return account;
  }

  it('serialises concurrent setters so neither change is lost', async () => {
    const module = settings();
    const account = fakeAccount(2);
    await Promise.all([module.setIncomingUrl('https://a.example.com'), module.setLog(true)]);
    expect(account.stored).to.deep.equal({ ...CURRENT, incomingUrl: 'https://a.example.com', log: true });
    // Strictly alternating GET, PUT, GET, PUT: the second read saw the first write.
    expect(recordedRequests().map((request) => request.method)).to.deep.equal(['GET', 'PUT', 'GET', 'PUT']);
  });

  it('serialises setters of two settings modules over the same client', async () => {
    const client = testClient();
    const account = fakeAccount(3);
    await Promise.all([
      createSettingsModule(client).setOutgoingUrl('https://b.example.com'),
      createSettingsModule(client).setWhitelist(['g7']),
      createSettingsModule(client).setLog(true),
    ]);
    expect(account.stored).to.deep.equal({
      ...CURRENT,
      outgoingUrl: 'https://b.example.com',
      whitelist: ['g7'],
      log: true,
    });
  });

  it('a failed setter does not block the next one', async () => {
    const module = settings();
    mockApi().get('/settings/sipgateio').reply(403);
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    mockApi().put('/settings/sipgateio').reply(204);
    const [failed, succeeded] = await Promise.allSettled([
      module.setLog(true),
      module.setIncomingUrl('https://c.example.com'),
    ]);
    expect(failed.status).to.equal('rejected');
    expect(succeeded.status).to.equal('fulfilled');
    expect(lastPut()).to.deep.equal({ ...CURRENT, incomingUrl: 'https://c.example.com' });
  });

  const invalid: Array<[string, (m: ReturnType<typeof settings>) => Promise<void>, string]> = [
    ['a non-http URL', (m) => m.setIncomingUrl('ftp://example.com'), 'url'],
    ['a relative URL', (m) => m.setOutgoingUrl('/hooks'), 'url'],
    ['a device in the whitelist', (m) => m.setWhitelist(['p0', 'e1']), 'extensions[1]'],
    ['a whitelist that is not an array', (m) => m.setWhitelist('p0' as never), 'extensions'],
    ['a non-boolean log value', (m) => m.setLog('yes' as never), 'value'],
    ['a URL that is not a string', (m) => m.setIncomingUrl(42 as never), 'url'],
    ['a javascript: URL', (m) => m.setOutgoingUrl('javascript:alert(1)'), 'url'],
    ['a number in the whitelist', (m) => m.setWhitelist([7] as never), 'extensions[0]'],
    ['a null whitelist (use disableWhitelist)', (m) => m.setWhitelist(null as never), 'extensions'],
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

  it('maps 403 on GET to PermissionError saying sipgate.io is not booked', async () => {
    mockApi().get('/settings/sipgateio').reply(403);
    const error = await sdkRejection(settings().getWebhookSettings());
    expect(error).to.be.instanceOf(PermissionError);
    expect(error.status).to.equal(403);
    expect(error.message).to.contain('sipgate.io is not booked');
  });

  it('maps 403 on PUT to the same PermissionError, and a failed read sends no PUT', async () => {
    mockApi().get('/settings/sipgateio').reply(200, CURRENT);
    mockApi().put('/settings/sipgateio').reply(403);
    const error = await sdkRejection(settings().setLog(true));
    expect(error).to.be.instanceOf(PermissionError);
    expect(error.message).to.contain('settings');
    mockApi().get('/settings/sipgateio').reply(403);
    await sdkRejection(settings().setLog(true));
    expect(recordedRequests().map((request) => request.method)).to.deep.equal(['GET', 'PUT', 'GET']);
  });
});
