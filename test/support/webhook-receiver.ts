/**
 * A tiny webhook server on loopback for the sandbox's webhook round trips: records every request, checks its
 * X-Sipgate-Signature against the sandbox's public key and answers by the given function.
 */
import { verify } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface Received {
  path: string;
  body: string;
  fields: URLSearchParams;
  signatureValid: boolean;
  signature: string;
  contentType: string;
}

export type Answer = (request: Received) => { status?: number; xml?: string; delayMs?: number } | undefined;

/** A tiny webhook server: records every request, checks its signature and answers by the given function. */
export async function startReceiver(publicKeyPem: string, answer: Answer) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const signature = String(req.headers['x-sipgate-signature'] ?? '');
      const record: Received = {
        path: req.url ?? '',
        body: raw.toString('utf8'),
        fields: new URLSearchParams(raw.toString('utf8')),
        signatureValid: verify('sha256', raw, publicKeyPem, Buffer.from(signature, 'base64')),
        signature,
        contentType: String(req.headers['content-type']),
      };
      received.push(record);
      const reply = answer(record) ?? {};
      const respond = () => {
        res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/xml' });
        res.end(reply.xml ?? '');
      };
      if (reply.delayMs) setTimeout(respond, reply.delayMs);
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/**
 * A receiver that answers newCall by subscribing to answer and hangup (onAnswer, onHangup on itself), with the
 * XML actions `actions()` returns inside (none by default).
 */
export async function startSubscribingReceiver(
  publicKeyPem: string,
  actions: () => string = () => '',
): Promise<Receiver> {
  const receiver: Receiver = await startReceiver(publicKeyPem, (request) =>
    request.fields.get('event') === 'newCall'
      ? {
          xml: `<Response onAnswer="${receiver.base}/answer" onHangup="${receiver.base}/hangup">${actions()}</Response>`,
        }
      : undefined,
  );
  return receiver;
}
