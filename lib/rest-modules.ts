/**
 * The REST modules every client carries, built on one shared HTTP client.
 * Shared by the Node entry (lib/index.ts) and the browser entry (lib/browser.ts),
 * which differ only in their webhook member.
 */
import { createContactsModule } from './contacts';
import type { ClientOptions, SipgateIOClient } from './core/http-types';
import type { AuthCredentials } from './core/credentials';
import { createHttpClient } from './core/http-client';
import { createDevicesModule } from './devices';
import { createHistoryModule } from './history';
import { createNumbersModule } from './numbers';
import { createVoicemailsModule } from './voicemails';

export function createRestModules(client: SipgateIOClient) {
  return {
    contacts: createContactsModule(client),
    history: createHistoryModule(client),
    numbers: createNumbersModule(client),
    devices: createDevicesModule(client),
    voicemails: createVoicemailsModule(client),
  };
}

export type RestModules = ReturnType<typeof createRestModules>;

/** The low-level client (get/post/… for endpoints without a module) plus every REST module. */
export type SipgateIORestClient = SipgateIOClient & RestModules;

export function createRestClient(credentials: AuthCredentials, options?: ClientOptions): SipgateIORestClient {
  const http = createHttpClient(credentials, options);
  return { ...http, ...createRestModules(http) };
}
