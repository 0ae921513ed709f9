/**
 * The official package's webhook server and ours, started side by side on loopback with the same options and
 * handlers, and the same raw HTTP request sent to each. What comes back (status, content type, XML) and the
 * events the handlers saw are compared by the tests.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as official from 'sipgateio';
import { createWebhookModule, type WebhookServer } from '../../../lib/webhook';

export { official };

/** Both servers answer as this address (the official logs every request whose host and path differ). */
export const SERVER_ADDRESS = 'http://127.0.0.1/sipgate';
export const FORM = 'application/x-www-form-urlencoded';

export interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** The server of either package, as the handler registrations of a test get it. */
export type EitherServer = official.WebhookServer | WebhookServer;

export interface Pair {
  official: { port: number; server: official.WebhookServer };
  ours: { port: number; server: WebhookServer };
  stop(): Promise<void>;
}

export async function startBoth(options: { skipSignatureVerification: boolean }): Promise<Pair> {
  const common = { port: 0, hostname: '127.0.0.1', serverAddress: SERVER_ADDRESS, ...options };
  const theirs = await official.createWebhookModule().createServer(common);
  const ours = await createWebhookModule().createServer({ ...common, onReject: () => undefined });
  return {
    official: { port: (theirs.getHttpServer().address() as AddressInfo).port, server: theirs },
    ours: { port: ours.port, server: ours },
    async stop() {
      theirs.getHttpServer().closeAllConnections();
      theirs.stop();
      await ours.stop();
    },
  };
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

export function send(
  port: number,
  { method = 'POST', path = '/sipgate', headers = {}, body }: RawRequest,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { connection: 'close', ...headers } },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: Buffer.concat(parts).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The same XML without the layout: the official indents by 4 spaces, ours writes one line. */
export function withoutLayout(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}
