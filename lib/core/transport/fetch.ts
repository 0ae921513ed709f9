/**
 * The fetch transport, for browsers and edge runtimes (no Node built-ins). The platform decodes gzip/br and
 * keeps connections alive. Redirects are not followed: the API never redirects, so one is an error.
 */
import { readBytesUpTo } from '../stream-bytes';
import { utf8Decode } from '../utf8';
import { BODY_TOO_LARGE, TransportError, type Transport, type TransportRequest, type TransportResponse } from './types';

type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** 3xx answer whose status a browser hides (`redirect: 'manual'` gives an opaque response with status 0). */
const HIDDEN_REDIRECT_STATUS = 300;

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new TransportError(`the response body exceeds ${maxBytes} bytes`, BODY_TOO_LARGE);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const bytes = await readBytesUpTo(response.body, maxBytes);
  if (bytes === null) throw tooLarge();
  return utf8Decode(bytes);
}

/** `fetchImplementation` defaults to the global fetch, looked up per request (so a polyfill installed later counts). */
export function createFetchTransport(fetchImplementation?: FetchFunction): Transport {
  return {
    async request(request: TransportRequest): Promise<TransportResponse> {
      const fetchFunction = fetchImplementation ?? (globalThis.fetch as FetchFunction | undefined);
      if (typeof fetchFunction !== 'function')
        throw new TransportError('this runtime has no fetch; pass a Transport for it', 'ERR_NO_FETCH');
      let response: Response;
      try {
        response = await fetchFunction(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: request.signal,
          redirect: 'manual',
        });
      } catch (error) {
        if (request.signal.aborted) throw new TransportError('aborted', 'ERR_ABORTED');
        throw new TransportError(error instanceof Error ? error.message : String(error), 'ERR_NETWORK');
      }
      const status = response.type === 'opaqueredirect' ? HIDDEN_REDIRECT_STATUS : response.status;
      let body: string;
      try {
        body = await readCapped(response, request.maxResponseBytes);
      } catch (error) {
        if (error instanceof TransportError) throw error;
        if (request.signal.aborted) throw new TransportError('aborted', 'ERR_ABORTED');
        throw new TransportError(error instanceof Error ? error.message : String(error), 'ECONNRESET');
      }
      const headers = response.headers;
      return { status, header: (name) => headers.get(name) ?? undefined, body };
    },
  };
}
