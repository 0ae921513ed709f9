import { createServer } from 'node:net';

/**
 * A free loopback port. A webhook server must know its public address (which holds the port) before it
 * listens, because it hands that address back to sipgate for follow-up events — so port 0 is not enough.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
