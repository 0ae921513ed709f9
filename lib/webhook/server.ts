/** Standalone webhook server on node:http, plus the contract's `createWebhookModule()`. */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError } from '../core/errors';
import { NODE_PIPELINE_DEPENDENCIES, serveNodeRequest } from './node-handler';
import { createWebhookPipeline } from './pipeline';
import { withRegistry } from './registry';
import { type HandlerOptions, type HandlerRegistry } from './types';

export interface ServerOptions extends HandlerOptions {
  /** Port to listen on; 0 picks a free one (read it back from `server.port`). */
  port: number | string;
  /** Address to bind (default `localhost`); `0.0.0.0` or `::` to accept outside connections. */
  hostname?: string;
  /** After stop(), requests still running get this long before their connections are cut (default 10 s). */
  stopGraceMs?: number;
}

export interface WebhookServer extends HandlerRegistry {
  /** Stops accepting connections; resolves once in-flight requests are answered (or the grace period ran out). */
  stop(): Promise<void>;
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** The address actually bound. */
  readonly address: string;
  getHttpServer(): Server;
}

export interface WebhookModule {
  createServer(options: ServerOptions): Promise<WebhookServer>;
}

const DEFAULT_STOP_GRACE_MS = 10_000;
// Bounds slow or stalled uploads; webhook bodies are tiny and sipgate expects quick answers.
const REQUEST_TIMEOUT_MS = 30_000;

function parsePort(value: unknown): number {
  const port = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ValidationError('port', `port must be an integer between 0 and 65535, got ${String(value)}`);
  }
  return port;
}

export async function createServer(options: ServerOptions): Promise<WebhookServer> {
  const port = parsePort(options?.port);
  const hostname = options.hostname ?? 'localhost';
  if (typeof hostname !== 'string' || hostname === '') {
    throw new ValidationError('hostname', 'hostname must be a non-empty string');
  }
  const pipeline = createWebhookPipeline(options, NODE_PIPELINE_DEPENDENCIES);
  const graceMs = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
  let stopping = false;

  const server = createHttpServer((req, res) => {
    // Tell keep-alive clients to go away once stop() was called, so close() can finish.
    if (stopping) res.setHeader('connection', 'close');
    serveNodeRequest(pipeline, req, res);
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: hostname }, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  // A late socket-level error must never become an uncaught exception.
  server.on('error', () => undefined);
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const bound = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;

  const controls = {
    port: bound.port,
    address: bound.address,
    getHttpServer: () => server,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        stopping = true;
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return stopped;
    },
  };
  return withRegistry(controls, pipeline.registry);
}

export function createWebhookModule(): WebhookModule {
  return { createServer };
}
