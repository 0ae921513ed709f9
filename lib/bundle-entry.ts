/**
 * Entry of the self-contained files in bundle/ (script tag and ESM for CDNs): the browser entry on fetch alone.
 * They use ES2020 syntax, and every engine that parses it has fetch, so the XMLHttpRequest fallback (for jest's
 * jsdom, which loads dist/ through the `browser` condition) is left out, with `createXhrTransport`: about 1 KB
 * of gzip. Where fetch is missing anyway, requests fail with a TransportError (ERR_NO_FETCH).
 */
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { ClientOptions } from './core/http-types';
import { createFetchTransport } from './core/transport/fetch';
import { createBrowserClient, type SipgateIO } from './browser-client';

export type { SipgateIO } from './browser-client';

export function sipgateIO(credentials: AuthCredentials | AuthProvider, options?: ClientOptions): SipgateIO {
  return createBrowserClient(credentials, options, createFetchTransport());
}

export * from './rest-exports';
