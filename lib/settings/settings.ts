/**
 * sipgate.io webhook settings. The API only replaces the whole settings object
 * (PUT /settings/sipgateio), so each setter reads, changes one field and writes
 * back; these read-modify-write cycles run one at a time per client (every
 * settings module over the same client shares one queue) so two concurrent
 * setters cannot undo each other.
 */
import type { SipgateIOClient } from '../core';
import { moduleRequests, requestConfig } from '../core/request-options';
import { serialQueueFor } from '../core/serial-queue';
import { validateBoolean } from '../core/validators';
import type { SettingsRequestOptions, WebhookSettings, WebhookSettingsModule } from './settings.types';
import { validateWebhookUrl, validateWhitelist } from './validators';

const SETTINGS_PATH = '/settings/sipgateio';
const SETTINGS_ERRORS = {
  403: 'sipgate.io is not booked for this account, or the token lacks the settings:sipgateio scope',
};

/** Body of PUT /settings/sipgateio (spec schema SetSipgateIoAccountSettingsRequest). */
interface SettingsRequest {
  incomingUrl: string;
  outgoingUrl: string;
  log: boolean;
  whitelist?: string[];
}

/**
 * "No whitelist" (`null` in sipgate's docs) is sent by leaving the key out: spec/openapi.yaml types whitelist as a
 * non-nullable array (SetSipgateIoAccountSettingsRequest), and a PUT replaces the whole
 * object, so an absent whitelist is the unset one. GET answers likewise without the key (read as null).
 */
function toRequest({ incomingUrl, outgoingUrl, log, whitelist }: WebhookSettings): SettingsRequest {
  return whitelist === null ? { incomingUrl, outgoingUrl, log } : { incomingUrl, outgoingUrl, log, whitelist };
}

export function createSettingsModule(client: SipgateIOClient): WebhookSettingsModule {
  const queue = serialQueueFor(client, 'webhook-settings');
  const api = moduleRequests(client, SETTINGS_ERRORS);

  async function read(options?: SettingsRequestOptions): Promise<WebhookSettings> {
    const settings = await api.get<Partial<WebhookSettings> | undefined>(SETTINGS_PATH, options);
    return {
      incomingUrl: settings?.incomingUrl ?? '',
      outgoingUrl: settings?.outgoingUrl ?? '',
      log: settings?.log ?? false,
      whitelist: settings?.whitelist ?? null,
    };
  }

  function update(change: Partial<WebhookSettings>, options?: SettingsRequestOptions): Promise<void> {
    requestConfig(options);
    return queue.run(async () => {
      const current = await read(options);
      await api.put<void>(SETTINGS_PATH, toRequest({ ...current, ...change }), options);
    });
  }

  // Arguments are checked before queueing, so bad input never waits behind other operations nor reaches the API.
  return {
    setIncomingUrl: async (url, options) => update({ incomingUrl: validateWebhookUrl(url, 'url') }, options),
    setOutgoingUrl: async (url, options) => update({ outgoingUrl: validateWebhookUrl(url, 'url') }, options),
    setWhitelist: async (extensions, options) => update({ whitelist: validateWhitelist(extensions) }, options),
    setLog: async (value, options) => update({ log: validateBoolean(value, 'value') }, options),
    clearIncomingUrl: async (options) => update({ incomingUrl: '' }, options),
    clearOutgoingUrl: async (options) => update({ outgoingUrl: '' }, options),
    clearWhitelist: async (options) => update({ whitelist: [] }, options),
    disableWhitelist: async (options) => update({ whitelist: null }, options),
    // A read waits for earlier setters (it sees their result) but may overlap other reads.
    getWebhookSettings: async (options) => queue.runShared(() => read(options)),
  };
}
