/**
 * sipgate.io webhook settings. The API only replaces the whole settings object
 * (PUT /settings/sipgateio), so each setter reads, changes one field and writes
 * back; these read-modify-write cycles run one at a time per module so two
 * concurrent setters cannot undo each other.
 */
import type { SipgateIOClient } from '../core';
import { createSerialQueue } from '../core/serial-queue';
import { validateBoolean } from '../core/validators';
import type { SettingsRequestOptions, WebhookSettings, WebhookSettingsModule } from './settings.types';
import { validateWebhookUrl, validateWhitelist } from './validators';

const SETTINGS_PATH = '/settings/sipgateio';
const SETTINGS_ERRORS = {
  403: 'sipgate.io is not booked for this account, or the token lacks the settings:sipgateio scope',
};

export function createSettingsModule(client: SipgateIOClient): WebhookSettingsModule {
  const queue = createSerialQueue();

  async function read(options?: SettingsRequestOptions): Promise<WebhookSettings> {
    const settings = await client.get<Partial<WebhookSettings>>(SETTINGS_PATH, { signal: options?.signal, errorMessages: SETTINGS_ERRORS });
    return {
      incomingUrl: settings?.incomingUrl ?? '',
      outgoingUrl: settings?.outgoingUrl ?? '',
      log: settings?.log ?? false,
      whitelist: settings?.whitelist ?? null,
    };
  }

  function update(change: Partial<WebhookSettings>, options?: SettingsRequestOptions): Promise<void> {
    return queue.run(async () => {
      const current = await read(options);
      // whitelist null (no whitelist) is what the API and the official client use to disable it (API-FACTS §2.13).
      await client.put<void>(SETTINGS_PATH, { ...current, ...change }, { signal: options?.signal, errorMessages: SETTINGS_ERRORS });
    });
  }

  return {
    setIncomingUrl: async (url, options) => update({ incomingUrl: validateWebhookUrl(url, 'url') }, options),
    setOutgoingUrl: async (url, options) => update({ outgoingUrl: validateWebhookUrl(url, 'url') }, options),
    setWhitelist: async (extensions, options) => update({ whitelist: validateWhitelist(extensions) }, options),
    setLog: async (value, options) => update({ log: validateBoolean(value, 'value') }, options),
    clearIncomingUrl: (options) => update({ incomingUrl: '' }, options),
    clearOutgoingUrl: (options) => update({ outgoingUrl: '' }, options),
    clearWhitelist: (options) => update({ whitelist: [] }, options),
    disableWhitelist: (options) => update({ whitelist: null }, options),
    getWebhookSettings: (options) => read(options),
  };
}
