/**
 * The Node transport: node:http/node:https with keep-alive agents (reused connections are most of the speed
 * on small requests), gzip/deflate/br decoding, a body-size cap, and proxies (./proxy.ts, ./tunnel-agent.ts).
 * It calls `http.request` / `https.request` at request time, so nock and similar interceptors see every request.
 */
// Default imports: nock (in users' ESM suites too) patches the module object, not the ESM namespace bindings.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { proxyAuthorization, proxyFor } from './proxy';
import { TunnelAgent } from './tunnel-agent';
import { BODY_TOO_LARGE, TransportError, type Transport, type TransportRequest, type TransportResponse } from './types';

export interface NodeTransportOptions {
  /** An http.Agent or https.Agent used for every request instead of ours (no proxy logic then). */
  agent?: object;
  /** Proxy URL (`http://user:pass@host:port`), or false to ignore HTTPS_PROXY/HTTP_PROXY. */
  proxy?: string | false;
}

const AGENT_DEFAULTS = { keepAlive: true, scheduling: 'lifo', timeout: 5000 } as const;

interface Route {
  transport: typeof http | typeof https;
  options: http.RequestOptions;
}

// Lenient flushing, as browsers do: a body cut right at the end still yields what arrived.
const ZLIB_FLUSH = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_FLUSH = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

function decoder(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  if (encoding === undefined) return undefined;
  switch (encoding.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(ZLIB_FLUSH);
    case 'deflate':
      return zlib.createInflate(ZLIB_FLUSH);
    case 'br':
      return zlib.createBrotliDecompress(BROTLI_FLUSH);
    default:
      return undefined;
  }
}

/** The host name as node:http takes it: an IPv6 address without its brackets. */
function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const direct = { http: new http.Agent(AGENT_DEFAULTS), https: new https.Agent(AGENT_DEFAULTS) };
  const proxied = new Map<string, http.Agent>();

  // An own agent or `proxy: false` means no proxy lookup; otherwise the environment is read per request.
  const lookUpProxy = options.agent === undefined && options.proxy !== false;
  // How an origin is reached without a proxy never changes: computed once per origin.
  const directRoutes = new Map<string, Route>();

  function directRoute(url: URL): Route {
    let route = directRoutes.get(url.origin);
    if (!route) {
      const secure = url.protocol === 'https:';
      const agent = (options.agent as http.Agent | undefined) ?? (secure ? direct.https : direct.http);
      route = {
        transport: secure ? https : http,
        options: { hostname: bareHostname(url), port: url.port || undefined, agent },
      };
      directRoutes.set(url.origin, route);
    }
    return route;
  }

  function route(url: URL, headers: http.OutgoingHttpHeaders, method: string): Route {
    const path = url.pathname + url.search;
    const proxy = lookUpProxy ? proxyFor(url, options.proxy, process.env) : undefined;
    if (!proxy) {
      const { transport, options: reach } = directRoute(url);
      return { transport, options: { ...reach, path, headers, method } };
    }
    if (url.protocol === 'https:') {
      // A CONNECT tunnel per proxy carries TLS end to end to the origin.
      let agent = proxied.get(proxy.href);
      if (!agent) proxied.set(proxy.href, (agent = new TunnelAgent(proxy)));
      return { transport: https, options: { ...directRoute(url).options, path, headers, method, agent } };
    }
    // Plain http through a proxy: the proxy gets the absolute URL (a forward proxy request).
    const key = `forward ${proxy.href}`;
    let agent = proxied.get(key);
    if (!agent)
      proxied.set(
        key,
        (agent = proxy.protocol === 'https:' ? new https.Agent(AGENT_DEFAULTS) : new http.Agent(AGENT_DEFAULTS)),
      );
    return {
      transport: proxy.protocol === 'https:' ? https : http,
      options: {
        hostname: bareHostname(proxy),
        port: proxy.port || undefined,
        path: url.href,
        headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) },
        method,
        agent,
      },
    };
  }

  return {
    request(request: TransportRequest): Promise<TransportResponse> {
      const headers: http.OutgoingHttpHeaders = { 'accept-encoding': 'gzip, deflate, br', ...request.headers };
      if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
      const { transport, options: requestOptions } = route(new URL(request.url), headers, request.method);
      return send(transport, requestOptions, request);
    },
  };
}

function send(
  transport: typeof http | typeof https,
  options: http.RequestOptions,
  request: TransportRequest,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: unknown, response?: TransportResponse): void => {
      if (settled) return;
      settled = true;
      if (!request.onCancel) request.signal.removeEventListener('abort', onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort = (): void => {
      if (settled) return;
      finish(new TransportError('aborted', 'ERR_ABORTED'));
      outgoing.destroy();
    };

    const outgoing = transport.request(options, (incoming) => {
      const status = incoming.statusCode ?? 0;
      const bodyless = request.method === 'HEAD' || status === 204 || status === 304;
      const decode = bodyless ? undefined : decoder(incoming.headers['content-encoding']);
      const stream: Readable = decode ? incoming.pipe(decode) : incoming;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > request.maxResponseBytes) {
          finish(new TransportError(`the response body exceeds ${request.maxResponseBytes} bytes`, BODY_TOO_LARGE));
          outgoing.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => {
        const headers = incoming.headers;
        finish(undefined, {
          status,
          header: (name) => {
            const value = headers[name];
            return Array.isArray(value) ? value.join(', ') : value;
          },
          body: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, size).toString('utf8'),
        });
      });
      stream.on('error', (error) => finish(error));
      if (decode) incoming.on('error', (error) => finish(error));
      // A connection that closes before the body ended (without an error event on older Nodes).
      incoming.on('close', () => {
        if (!incoming.complete)
          finish(new TransportError('the connection closed before the response ended', 'ECONNRESET'));
      });
    });
    outgoing.on('error', (error) => finish(error));
    if (request.onCancel) request.onCancel(onAbort);
    else if (request.signal.aborted) onAbort();
    else request.signal.addEventListener('abort', onAbort, { once: true });
    if (!settled) outgoing.end(request.body);
  });
}
