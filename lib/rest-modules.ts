/**
 * The REST modules every client carries, built on one shared HTTP client.
 * Shared by the Node entry (lib/index.ts) and the browser entry (lib/browser.ts),
 * which differ only in their webhook member.
 */
import { createCallModule } from './call';
import { createContactsModule } from './contacts';
import type { ClientOptions, SipgateIOClient } from './core/http-types';
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { Transport } from './core/transport/types';
import { createHttpClient } from './core/http-client';
import { createDevicesModule } from './devices';
import { createFaxModule } from './fax';
import { createHistoryModule } from './history';
import { createNumbersModule } from './numbers';
import { createRTCMModule } from './rtcm';
import { createSettingsModule } from './settings';
import { createSMSModule } from './sms';
import { createVoicemailsModule } from './voicemails';

export function createRestModules(client: SipgateIOClient) {
  return {
    sms: createSMSModule(client),
    fax: createFaxModule(client),
    call: createCallModule(client),
    settings: createSettingsModule(client),
    rtcm: createRTCMModule(client),
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

/** Each package entry passes its transport: Node's (lib/index.ts) or fetch (lib/browser.ts, edge entries). */
export function createRestClient(
  credentials: AuthCredentials | AuthProvider,
  options: ClientOptions | undefined,
  transport: Transport,
): SipgateIORestClient {
  const http = createHttpClient(credentials, options, transport);
  return { ...http, ...createRestModules(http) };
}
