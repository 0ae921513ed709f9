/**
 * Browser entry: the same client and modules as the Node entry, minus the
 * webhook server (it needs node:http). The XML response builder stays, for
 * code shared between a browser app and a server.
 */
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { ClientOptions } from './core/http-types';
import { createFetchTransport } from './core/transport/fetch';
import { createRestClient, type SipgateIORestClient } from './rest-modules';
import { WebhookResponse } from './webhook/response-builder';

export interface SipgateIO extends SipgateIORestClient {
  webhook: { response: typeof WebhookResponse };
}

export function sipgateIO(credentials: AuthCredentials | AuthProvider, options?: ClientOptions): SipgateIO {
  const client = createRestClient(credentials, options, createFetchTransport());
  return { ...client, webhook: { response: WebhookResponse } };
}

export * from './rest-exports';
