/**
 * The browser client: the REST modules plus the XML response builder (the webhook server needs node:http), on
 * whichever transport the entry picks: lib/browser.ts (package) or lib/bundle-entry.ts (bundle/ files).
 */
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { ClientOptions } from './core/http-types';
import type { Transport } from './core/transport/types';
import { createRestClient, type SipgateIORestClient } from './rest-modules';
import { WebhookResponse } from './webhook/response-builder';

export interface SipgateIO extends SipgateIORestClient {
  webhook: { response: typeof WebhookResponse };
}

export function createBrowserClient(
  credentials: AuthCredentials | AuthProvider,
  options: ClientOptions | undefined,
  transport: Transport,
): SipgateIO {
  const client = createRestClient(credentials, options, transport);
  return { ...client, webhook: { response: WebhookResponse } };
}
