/**
 * The seam between the HTTP client and the network. The client (lib/core/http-client.ts) builds the URL,
 * headers and JSON body, owns deadlines, retries, hooks and error mapping; a transport only moves one request
 * and its answer. The implementations are picked by the package entry, never by sniffing at run time:
 *
 * - `createNodeTransport()` (./node.ts): node:http/node:https with keep-alive agents, gzip/deflate/br, the
 *   `agent` and `proxy` options and HTTPS_PROXY/HTTP_PROXY/NO_PROXY. Wired by lib/index.ts. nock intercepts it.
 * - `createFetchTransport()` (./fetch.ts): the platform's fetch, for browsers and edge runtimes. Wired by
 *   lib/browser.ts; an edge entry wires it the same way: `createRestClient(credentials, options, createFetchTransport())`.
 *   Where a browser-like runtime has no fetch (jest's jsdom), lib/browser.ts falls back to `createXhrTransport()`
 *   (./xhr.ts).
 *
 * A custom transport (tests, exotic runtimes) implements `Transport` and is passed the same way.
 */

import { keepErrorNames } from '../error-names';

export interface TransportRequest {
  method: string;
  /** Absolute URL including the query string. */
  url: string;
  headers: Record<string, string>;
  /** The serialised body (JSON), if any. */
  body?: string;
  /**
   * Aborted by the client when the attempt's deadline passes or the caller cancels. The transport must then
   * stop at once, also while the response body is still arriving.
   */
  signal: AbortSignal;
  /**
   * The same cancellation as a plain callback, when the client offers it: `cancel` runs once (at once if the
   * attempt is already cancelled). A transport that uses it never needs to read `signal`, which the client
   * then never has to create: an AbortSignal and its listeners are a measurable part of a small request on Node.
   */
  onCancel?(cancel: () => void): void;
  /** Stop reading and fail with code ERR_BODY_TOO_LARGE beyond this many (decoded) bytes. */
  maxResponseBytes: number;
}

export interface TransportResponse {
  status: number;
  /** A response header by lower-case name. */
  header(name: string): string | undefined;
  /** The whole (decoded) body as text; '' when there was none. */
  body: string;
}

export interface Transport {
  request(request: TransportRequest): Promise<TransportResponse>;
}

/**
 * A failure below HTTP. `code` is the platform's error code where there is one (ECONNREFUSED, ENOTFOUND,
 * ECONNRESET, …) or one of ours (ERR_BODY_TOO_LARGE, ERR_PROXY_CONNECT, ERR_NO_FETCH).
 */
export class TransportError extends Error {
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
  }
}

keepErrorNames({ TransportError });

export const BODY_TOO_LARGE = 'ERR_BODY_TOO_LARGE';
