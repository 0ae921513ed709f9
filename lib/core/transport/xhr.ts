/**
 * The XMLHttpRequest transport, for browser-like runtimes without fetch: jest's jsdom environment, where the
 * package resolves its browser build. jsdom's XMLHttpRequest sends through node:http, so a user's nock mocks
 * see the requests (as they did with the official package's axios). Like the fetch transport it never
 * reports a redirect as success: XHR cannot refuse to follow one, so a followed redirect becomes status 300.
 */
import { createFetchTransport } from './fetch';
import { BODY_TOO_LARGE, TransportError, type Transport, type TransportRequest, type TransportResponse } from './types';

type XhrConstructor = new () => XMLHttpRequest;

/** Reported for a redirect the platform followed (the API never redirects). */
const FOLLOWED_REDIRECT_STATUS = 300;

/** UTF-8 length of `text` without encoding it; a surrogate counts 2, so a pair counts 4 even when split. */
function utf8Length(text: string, from: number): number {
  let bytes = 0;
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

function send(Xhr: XhrConstructor, request: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new Xhr();
    const { signal, maxResponseBytes } = request;
    let settled = false;
    let countedChars = 0;
    let countedBytes = 0;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (message: string, code: string) => settle(() => reject(new TransportError(message, code)));
    const stop = (message: string, code: string) => {
      fail(message, code);
      xhr.abort();
    };
    const tooLarge = () => stop(`the response body exceeds ${maxResponseBytes} bytes`, BODY_TOO_LARGE);
    /** Counts the text that arrived since the last call; false once the cap is passed (the request is stopped). */
    const withinCap = () => {
      const text = xhr.responseText;
      countedBytes += utf8Length(text, countedChars);
      countedChars = text.length;
      if (countedBytes <= maxResponseBytes) return true;
      tooLarge();
      return false;
    };
    const onAbort = () => stop('aborted', 'ERR_ABORTED');
    if (signal.aborted) return fail('aborted', 'ERR_ABORTED');
    signal.addEventListener('abort', onAbort);

    xhr.onreadystatechange = () => {
      if (xhr.readyState !== 2 /* HEADERS_RECEIVED */) return;
      const declared = Number(xhr.getResponseHeader('content-length') ?? undefined);
      if (Number.isFinite(declared) && declared > maxResponseBytes) tooLarge();
    };
    xhr.onprogress = withinCap;
    xhr.onerror = () =>
      fail('network error (no connection, or a cross-origin answer the page may not read)', 'ERR_NETWORK');
    xhr.onabort = () => fail('aborted', 'ERR_ABORTED');
    xhr.onload = () => {
      if (!withinCap()) return;
      if (xhr.status === 0) return fail('no HTTP answer', 'ERR_NETWORK');
      const redirected = xhr.responseURL !== '' && xhr.responseURL !== new URL(request.url).href;
      const status = redirected ? FOLLOWED_REDIRECT_STATUS : xhr.status;
      const body = xhr.responseText;
      settle(() => resolve({ status, header: (name) => xhr.getResponseHeader(name) ?? undefined, body }));
    };
    try {
      xhr.open(request.method, request.url, true);
      for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
      xhr.send(request.body ?? null);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error), 'ERR_NETWORK');
    }
  });
}

/** `Xhr` defaults to the global XMLHttpRequest, looked up per request. */
export function createXhrTransport(Xhr?: XhrConstructor): Transport {
  return {
    request(request: TransportRequest): Promise<TransportResponse> {
      const Constructor = Xhr ?? (globalThis.XMLHttpRequest as XhrConstructor | undefined);
      if (typeof Constructor !== 'function')
        return Promise.reject(new TransportError('this runtime has neither fetch nor XMLHttpRequest', 'ERR_NO_FETCH'));
      return send(Constructor, request);
    },
  };
}

/**
 * The browser entry's transport: fetch where the runtime has it, else XMLHttpRequest. Decided per request,
 * so a fetch polyfill installed after the client was made is used.
 */
export function createBrowserTransport(): Transport {
  const viaFetch = createFetchTransport();
  const viaXhr = createXhrTransport();
  return {
    request: (request) =>
      typeof globalThis.fetch !== 'function' && typeof globalThis.XMLHttpRequest === 'function'
        ? viaXhr.request(request)
        : viaFetch.request(request),
  };
}
