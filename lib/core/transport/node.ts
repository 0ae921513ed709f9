/**
 * The Node transport: node:http/node:https with keep-alive agents (reused connections are most of the speed
 * on small requests), gzip/deflate/br decoding, a body-size cap, and proxies (./proxy.ts, ./tunnel-agent.ts).
 * It calls `http.request` / `https.request` at request time, so nock and similar interceptors see every request.
 */
// Default imports: nock (in users' ESM suites too) patches the module object, not the ESM namespace bindings.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import type * as ZlibModule from 'node:zlib';
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

/** How one origin is reached without a proxy; it never changes, so it is worked out once per origin. */
interface Origin {
  url: URL;
  transport: typeof http | typeof https;
  hostname: string;
  port: string | undefined;
  agent: http.Agent;
}

/**
 * `scheme://authority` and path of a URL that `new URL` would leave as it is: lower-case http(s), no user info,
 * and a path and query of characters URL parsing neither encodes nor normalises. The SDK's own URLs always are
 * (path values are percent-encoded), so parsing a whole URL per request is left to the unusual ones.
 */
const PLAIN_TARGET = /^(https?:\/\/[^/?#\\@]+)(\/[\w\-.~!$&()*+,;=:@/?%[\]|^]*)$/;
/** `/.` or `/%2e` may start a dot segment, which URL parsing would resolve. */
const DOT_SEGMENT = /\/(?:\.|%2e)/i;

type Zlib = typeof ZlibModule;
type Decoder = ReturnType<Zlib['createGunzip']> | ReturnType<Zlib['createBrotliDecompress']>;
type Encoding = 'gzip' | 'deflate' | 'br';

let zlibModule: Zlib | undefined;
/** node:zlib takes milliseconds to load and most answers are not compressed: it loads with the first that is. */
function loadZlib(): Promise<Zlib> {
  return import('node:zlib').then((loaded) => (zlibModule = loaded));
}

function encodingOf(header: string | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  switch (header.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return 'gzip';
    case 'deflate':
      return 'deflate';
    case 'br':
      return 'br';
    default:
      return undefined;
  }
}

function decoder(zlib: Zlib, encoding: Encoding): Decoder {
  // Lenient flushing, as browsers do: a body cut right at the end still yields what arrived.
  const { Z_SYNC_FLUSH, BROTLI_OPERATION_FLUSH } = zlib.constants;
  if (encoding === 'br')
    return zlib.createBrotliDecompress({ flush: BROTLI_OPERATION_FLUSH, finishFlush: BROTLI_OPERATION_FLUSH });
  const flush = { flush: Z_SYNC_FLUSH, finishFlush: Z_SYNC_FLUSH };
  return encoding === 'gzip' ? zlib.createGunzip(flush) : zlib.createInflate(flush);
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
  // Keyed by the origin as written in the request URL (and by URL.origin for the unusual ones).
  const origins = new Map<string, Origin>();

  function originOf(key: string, parsed?: URL): Origin {
    let origin = origins.get(key);
    if (!origin) {
      const url = parsed ? new URL(parsed.origin) : new URL(key);
      const secure = url.protocol === 'https:';
      origin = {
        url,
        transport: secure ? https : http,
        hostname: bareHostname(url),
        port: url.port || undefined,
        agent: (options.agent as http.Agent | undefined) ?? (secure ? direct.https : direct.http),
      };
      origins.set(key, origin);
    }
    return origin;
  }

  function route(target: string, headers: http.OutgoingHttpHeaders, method: string): Route {
    const plain = PLAIN_TARGET.exec(target);
    let origin: Origin;
    let path: string;
    if (plain !== null && !DOT_SEGMENT.test(plain[2])) {
      origin = originOf(plain[1]);
      path = plain[2];
    } else {
      const parsed = new URL(target);
      origin = originOf(parsed.origin, parsed);
      path = parsed.pathname + parsed.search;
    }
    const url = origin.url;
    const proxy = lookUpProxy ? proxyFor(url, options.proxy, process.env) : undefined;
    // Written out, not spread from a shared object: this literal is built for every request.
    const { hostname, port } = origin;
    if (!proxy)
      return { transport: origin.transport, options: { hostname, port, path, headers, method, agent: origin.agent } };
    if (url.protocol === 'https:') {
      // A CONNECT tunnel per proxy carries TLS end to end to the origin.
      let agent = proxied.get(proxy.href);
      if (!agent) proxied.set(proxy.href, (agent = new TunnelAgent(proxy)));
      return { transport: https, options: { hostname, port, path, headers, method, agent } };
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
        path: url.origin + path,
        headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) },
        method,
        agent,
      },
    };
  }

  return {
    request(request: TransportRequest): Promise<TransportResponse> {
      const headers: http.OutgoingHttpHeaders = Object.assign(
        { 'accept-encoding': 'gzip, deflate, br' },
        request.headers,
      );
      if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
      const { transport, options: requestOptions } = route(request.url, headers, request.method);
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
      const encoding = bodyless ? undefined : encodingOf(incoming.headers['content-encoding']);
      // A connection that closes before the body ended (without an error event on older Nodes).
      incoming.on('close', () => {
        if (!incoming.complete)
          finish(new TransportError('the connection closed before the response ended', 'ECONNRESET'));
      });
      incoming.on('error', (error) => finish(error));

      const collect = (stream: Readable): void => {
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
        if (stream !== incoming) stream.on('error', (error) => finish(error));
      };
      const decompress = (zlib: Zlib): void => collect(incoming.pipe(decoder(zlib, encoding!)));

      if (encoding === undefined) collect(incoming);
      else if (zlibModule) decompress(zlibModule);
      // The body waits, paused, until zlib is there.
      else
        loadZlib().then(
          (zlib) => {
            if (!settled) decompress(zlib);
          },
          (error: unknown) => finish(error),
        );
    });
    outgoing.on('error', (error) => finish(error));
    if (request.onCancel) request.onCancel(onAbort);
    else if (request.signal.aborted) onAbort();
    else request.signal.addEventListener('abort', onAbort, { once: true });
    if (!settled) outgoing.end(request.body);
  });
}
