/**
 * A dial pad for the sandbox's VoIP devices: starts a sandbox (REST + SIP over WebSocket on one port) and serves
 * the page and the browser bundles on another loopback port. Open `?device=e0` in one tab and `?device=e1` in
 * another, and call from one to the other. Sandbox credentials only: never put real credentials into a page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createSandbox, SANDBOX_CREDENTIALS, SANDBOX_NUMBERS, type Sandbox } from '../../lib/sandbox';

const ROOT = path.resolve(__dirname, '..', '..');

export interface SoftphoneDemo {
  sandbox: Sandbox;
  /** e.g. http://127.0.0.1:4321 — add ?device=e0 or ?device=e1 */
  pageUrl: string;
  stop(): Promise<void>;
}

export async function startSoftphoneDemo(
  options: { port?: number; sandboxPort?: number } = {},
): Promise<SoftphoneDemo> {
  const sandbox = await createSandbox({ port: options.sandboxPort ?? 0 });
  const file = (...parts: string[]) => readFileSync(path.join(ROOT, ...parts));
  const files: Record<string, { type: string; body: Buffer | string }> = {
    '/': { type: 'text/html; charset=utf-8', body: file('examples', 'softphone', 'page.html') },
    '/app.js': { type: 'text/javascript; charset=utf-8', body: file('examples', 'softphone', 'app.js') },
    '/sipgate-io.min.js': { type: 'text/javascript; charset=utf-8', body: file('bundle', 'sipgate-io.min.js') },
    '/sipgate-io-softphone.min.js': {
      type: 'text/javascript; charset=utf-8',
      body: file('bundle', 'sipgate-io-softphone.min.js'),
    },
    '/config.json': {
      type: 'application/json',
      body: JSON.stringify({
        baseUrl: sandbox.url,
        credentials: SANDBOX_CREDENTIALS,
        numbers: { e0: SANDBOX_NUMBERS.landline, e1: '+4921100000001' },
      }),
    },
  };
  const server: Server = createServer((req, res) => {
    const entry = files[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!entry) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': entry.type, 'Cache-Control': 'no-store' }).end(entry.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    sandbox,
    pageUrl: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sandbox.stop();
    },
  };
}
