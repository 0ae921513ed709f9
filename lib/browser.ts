/**
 * Browser entry of the package (the `browser` export condition): the same client and modules as the Node entry,
 * minus the webhook server (it needs node:http). The XML response builder stays, for code shared between a
 * browser app and a server. Requests go through fetch, or XMLHttpRequest where there is no fetch (jest's jsdom).
 */
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { ClientOptions } from './core/http-types';
import { createBrowserTransport } from './core/transport/xhr';
import { createBrowserClient, type SipgateIO } from './browser-client';

export type { SipgateIO } from './browser-client';

export function sipgateIO(credentials: AuthCredentials | AuthProvider, options?: ClientOptions): SipgateIO {
  return createBrowserClient(credentials, options, createBrowserTransport());
}

export * from './rest-exports';
export { createXhrTransport } from './core/transport/xhr';
