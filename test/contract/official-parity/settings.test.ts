/** The webhook settings side by side with the official package: same read-modify-write, same results. */
import { expect } from 'chai';
import { createSettingsModule } from '../../../lib/settings';
import { expectParity, official, officialClient, ourClient, runBoth, type Interceptors } from './parity-kit';

const current = {
  incomingUrl: 'https://example.com/in',
  outgoingUrl: 'https://example.com/out',
  log: false,
  whitelist: ['p0'],
};
const settings = {
  official: () => official.createSettingsModule(officialClient()),
  ours: () => createSettingsModule(ourClient()),
};
const readAndWrite: Interceptors = (scope) => {
  scope().get('/settings/sipgateio').reply(200, current);
  scope().put('/settings/sipgateio').reply(204);
};

type Settings = ReturnType<typeof settings.ours>;

describe('official parity: settings', () => {
  it('getWebhookSettings', async () => {
    await expectParity(
      (scope) => {
        scope().get('/settings/sipgateio').reply(200, current);
      },
      () => settings.official().getWebhookSettings(),
      () => settings.ours().getWebhookSettings(),
    );
  });

  const setters: Array<[string, (module: Settings) => Promise<void>]> = [
    ['setIncomingUrl', (m) => m.setIncomingUrl('https://example.org/new-in')],
    ['setOutgoingUrl', (m) => m.setOutgoingUrl('http://example.org/new-out')],
    ['setWhitelist', (m) => m.setWhitelist(['p1', 'g2'])],
    ['setLog', (m) => m.setLog(true)],
    ['clearIncomingUrl', (m) => m.clearIncomingUrl()],
    ['clearOutgoingUrl', (m) => m.clearOutgoingUrl()],
    ['clearWhitelist', (m) => m.clearWhitelist()],
  ];
  for (const [name, run] of setters) {
    it(name, async () => {
      await expectParity(
        readAndWrite,
        () => run(settings.official() as never),
        () => run(settings.ours()),
      );
    });
  }

  it('disableWhitelist (difference: the official sends whitelist: null, ours leaves the key out)', async () => {
    const { official: theirs, ours } = await runBoth(
      readAndWrite,
      () => settings.official().disableWhitelist(),
      () => settings.ours().disableWhitelist(),
    );
    const { whitelist, ...rest } = current;
    void whitelist;
    expect(theirs.requests[1].body).to.deep.equal({ ...rest, whitelist: null });
    expect(ours.requests[1].body).to.deep.equal(rest);
    expect(ours.requests[0]).to.deep.equal(theirs.requests[0]);
  });
});
