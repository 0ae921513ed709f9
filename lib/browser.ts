/**
 * Browser entry: the same client and modules as the Node entry, minus the
 * webhook server (it needs node:http). The XML response builder stays, for
 * code shared between a browser app and a server. Requests go through fetch,
 * or XMLHttpRequest where there is no fetch (jest's jsdom environment).
 */
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { ClientOptions } from './core/http-types';
import { createBrowserTransport } from './core/transport/xhr';
import { createRestClient, type SipgateIORestClient } from './rest-modules';
import { WebhookResponse } from './webhook/response-builder';

export interface SipgateIO extends SipgateIORestClient {
  webhook: { response: typeof WebhookResponse };
}

export function sipgateIO(credentials: AuthCredentials | AuthProvider, options?: ClientOptions): SipgateIO {
  const client = createRestClient(credentials, options, createBrowserTransport());
  return { ...client, webhook: { response: WebhookResponse } };
}

export * from './rest-exports';
