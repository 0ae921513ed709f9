/**
 * An https.Agent that reaches its origin through an HTTP CONNECT tunnel: one CONNECT per new connection, then
 * TLS to the origin inside it. Connections stay alive and are reused like any keep-alive agent's.
 */
// Default imports: nock (in users' ESM suites too) patches the module object, not the ESM namespace bindings.
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { proxyAuthorization } from './proxy';
import { TransportError } from './types';

type ConnectionCallback = (error: Error | null, socket?: Duplex) => void;

export class TunnelAgent extends https.Agent {
  private readonly proxy: URL;

  constructor(proxy: URL, options: https.AgentOptions = {}) {
    super({ keepAlive: true, scheduling: 'lifo', timeout: 5000, ...options });
    this.proxy = proxy;
  }

  // Node's Agent accepts an asynchronous createConnection: it waits for the callback when nothing is returned.
  override createConnection(
    options: tls.ConnectionOptions & { host?: string; port?: number },
    callback: ConnectionCallback,
  ) {
    const authority = `${options.host ?? 'localhost'}:${options.port ?? 443}`;
    const proxy = this.proxy;
    const connect = (proxy.protocol === 'https:' ? https : http).request({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      agent: false,
    });
    connect.once('connect', (response: http.IncomingMessage, socket: Duplex) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        callback(
          new TransportError(
            `the proxy refused the tunnel to ${authority} (${response.statusCode})`,
            'ERR_PROXY_CONNECT',
          ),
        );
        return;
      }
      const servername =
        options.servername ?? (options.host && !/^[\d.:]+$/.test(options.host) ? options.host : undefined);
      callback(null, tls.connect({ ...options, socket, servername }));
    });
    connect.once('error', (error) => callback(error));
    connect.end();
    return undefined;
  }
}
