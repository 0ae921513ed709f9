/**
 * Every refused webhook request is reported (onReject, else onError) with its reason, by all
 * three mounts alike: the standalone server, the Node (req, res) handler and the Fetch handler.
 */
import { expect } from 'chai';
import { generateKeyPairSync } from 'node:crypto';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createFetchHandler,
  createWebhookHandler,
  createWebhookServer,
  type WebhookRejectReason,
  WebhookRejectedError,
} from '../../../lib/webhook';
import type { HandlerOptions } from '../../../lib/webhook';
import { createDefaultRejectReporter } from '../../../lib/webhook/rejections';
import { createWebhookTestKit } from '../../../lib/testing';

const FORM = 'application/x-www-form-urlencoded';
const kit = createWebhookTestKit();
const otherKit = createWebhookTestKit({
  privateKey: generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey,
});

interface RawRequest {
  method?: string;
  path?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

interface Reply {
  status: number;
  body: string;
}

/** One way of mounting the pipeline, reduced to "send this request, get the answer". */
interface Mount {
  name: string;
  start(options: HandlerOptions): Promise<{ send(raw: RawRequest): Promise<Reply>; stop(): Promise<void> }>;
}

function sendOverHttp(port: number, raw: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: raw.path ?? '/hook',
        method: raw.method ?? 'POST',
        headers: raw.headers,
        agent: false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(raw.body);
  });
}

async function hostListener(listener: Parameters<typeof createHttpServer>[1]): Promise<Server> {
  const host = createHttpServer(listener);
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  return host;
}

const mounts: Mount[] = [
  {
    name: 'standalone server',
    async start(options) {
      const server = await createWebhookServer({ ...options, port: 0, hostname: '127.0.0.1' });
      return { send: (raw) => sendOverHttp(server.port, raw), stop: () => server.stop() };
    },
  },
  {
    name: 'Node (req, res) handler',
    async start(options) {
      const host = await hostListener(createWebhookHandler(options));
      const port = (host.address() as AddressInfo).port;
      return {
        send: (raw) => sendOverHttp(port, raw),
        stop: () => new Promise<void>((resolve) => host.close(() => resolve())),
      };
    },
  },
  {
    name: 'Fetch handler',
    async start(options) {
      const handler = createFetchHandler(options);
      return {
        async send(raw) {
          const method = raw.method ?? 'POST';
          const response = await handler(
            new Request(`http://127.0.0.1${raw.path ?? '/hook'}`, {
              method,
              headers: raw.headers,
              body: method === 'GET' || raw.body === undefined ? undefined : new Uint8Array(Buffer.from(raw.body)),
            }),
          );
          return { status: response.status, body: await response.text() };
        },
        stop: async () => undefined,
      };
    },
  },
];

const signedNewCall = kit.newCall();
const badUtf8 = Buffer.from([0x65, 0x76, 0x65, 0x6e, 0x74, 0x3d, 0xff, 0xfe]);

/** [what, request, expected status, expected reason] */
const cases: Array<[string, RawRequest, number, WebhookRejectReason]> = [
  ['a GET', { method: 'GET', headers: {} }, 405, 'method-not-allowed'],
  ['a JSON body', { headers: { 'content-type': 'application/json' }, body: '{}' }, 415, 'unsupported-media-type'],
  [
    'a body over maxBodyBytes',
    { headers: { 'content-type': FORM }, body: `event=newCall&x=${'a'.repeat(2000)}` },
    413,
    'payload-too-large',
  ],
  [
    'a missing X-Sipgate-Signature',
    { headers: { 'content-type': FORM }, body: signedNewCall.body },
    401,
    'signature-missing',
  ],
  [
    'a request signed with another key',
    { headers: { ...otherKit.newCall().headers }, body: otherKit.newCall().body },
    403,
    'signature-invalid',
  ],
  [
    'a body a proxy changed after signing',
    {
      headers: { 'content-type': FORM, 'x-sipgate-signature': signedNewCall.signature },
      body: signedNewCall.body.replace('from=4921100000000', 'from=4921100000001'),
    },
    403,
    'signature-invalid',
  ],
  [
    'a body that is not UTF-8',
    { headers: { 'content-type': FORM, 'x-sipgate-signature': kit.sign(badUtf8) }, body: badUtf8 },
    400,
    'body-undecodable',
  ],
  [
    'a form without "event"',
    { headers: { ...kit.signed({ callId: '1' }).headers }, body: 'callId=1' },
    400,
    'event-missing',
  ],
];

describe('webhook rejections are reported', () => {
  for (const mount of mounts) {
    describe(mount.name, () => {
      for (const [what, raw, status, reason] of cases) {
        it(`reports ${what} through onReject as ${reason} (${status})`, async () => {
          const rejections: WebhookRejectedError[] = [];
          const errors: unknown[] = [];
          const handled: string[] = [];
          const { send, stop } = await mount.start({
            serverAddress: 'https://hooks.example.test/hook',
            publicKey: kit.publicKey,
            maxBodyBytes: 1024,
            onReject: (rejection) => rejections.push(rejection),
            onError: (error) => errors.push(error),
            handlers: { onNewCall: (event) => void handled.push(event.callId) },
          });
          try {
            const reply = await send(raw);
            expect(reply.status).to.equal(status);
            expect(rejections).to.have.length(1);
            const [rejection] = rejections;
            expect(rejection).to.be.instanceOf(WebhookRejectedError);
            expect(rejection.name).to.equal('WebhookRejectedError');
            expect(rejection).to.include({ reason, status, method: raw.method ?? 'POST', path: '/hook' });
            expect(rejection.message).to.contain(reason);
            expect(errors, 'onReject takes rejections; onError stays for handler failures').to.deep.equal([]);
            expect(handled).to.deep.equal([]);
          } finally {
            await stop();
          }
        });
      }

      it('sends rejections to onError as WebhookRejectedError when there is no onReject', async () => {
        const errors: unknown[] = [];
        const { send, stop } = await mount.start({
          serverAddress: 'https://hooks.example.test/hook',
          publicKey: kit.publicKey,
          onError: (error) => errors.push(error),
        });
        try {
          const reply = await send({
            path: '/hook?token=secret-token',
            headers: { 'content-type': FORM, 'x-sipgate-signature': kit.sign('x') },
            body: signedNewCall.body,
          });
          expect(reply.status).to.equal(403);
          expect(errors).to.have.length(1);
          const error = errors[0] as WebhookRejectedError;
          expect(error).to.be.instanceOf(WebhookRejectedError);
          expect(error.reason).to.equal('signature-invalid');
          // The query string may carry a secret: it never reaches the report.
          expect(error.path).to.equal('/hook');
          expect(JSON.stringify(error) + error.message).not.to.contain('secret-token');
        } finally {
          await stop();
        }
      });

      it('keeps serving when onReject throws', async () => {
        const { send, stop } = await mount.start({
          serverAddress: 'https://hooks.example.test/hook',
          publicKey: kit.publicKey,
          onReject: () => {
            throw new Error('reporter down');
          },
        });
        try {
          expect((await send({ method: 'GET', headers: {} })).status).to.equal(405);
          const ok = await send({ headers: { ...signedNewCall.headers }, body: signedNewCall.body });
          expect(ok.status).to.equal(200);
        } finally {
          await stop();
        }
      });
    });
  }

  it('reports an upload that grows past the limit without Content-Length (chunked)', async () => {
    const rejections: WebhookRejectedError[] = [];
    const handler = createWebhookHandler({
      serverAddress: 'https://hooks.example.test/hook',
      skipSignatureVerification: true,
      maxBodyBytes: 100,
      onReject: (rejection) => rejections.push(rejection),
    });
    const host = await hostListener(handler);
    try {
      const port = (host.address() as AddressInfo).port;
      const reply = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/hook', method: 'POST', headers: { 'content-type': FORM }, agent: false },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write('event=newCall&');
        req.end('x='.padEnd(300, 'y'));
      });
      expect(reply).to.equal(413);
      expect(rejections.map((r) => r.reason)).to.deep.equal(['payload-too-large']);
      expect(rejections[0].message).to.contain('grew past 100 bytes');
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  describe('default reporter (neither onReject nor onError given)', () => {
    it('logs one line per reason, then at most one every 10 s with the number suppressed', () => {
      let now = 0;
      const lines: string[] = [];
      const original = console.warn;
      console.warn = (line: string) => void lines.push(line);
      try {
        const report = createDefaultRejectReporter(() => now);
        const error = (reason: WebhookRejectReason) => new WebhookRejectedError(reason, { method: 'POST', path: '/h' });
        report(error('signature-invalid'));
        report(error('signature-invalid'));
        report(error('signature-invalid'));
        report(error('method-not-allowed'));
        now = 10_001;
        report(error('signature-invalid'));
      } finally {
        console.warn = original;
      }
      expect(lines).to.have.length(3);
      expect(lines[0]).to.contain('rejected with 403 (signature-invalid)');
      expect(lines[1]).to.contain('405 (method-not-allowed)');
      expect(lines[2]).to.contain('(2 more suppressed)');
    });
  });
});
