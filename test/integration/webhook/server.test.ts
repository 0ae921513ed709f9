import { expect } from 'chai';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, request, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import { ValidationError } from '../../../lib/core/errors';
import {
  type AnswerEvent,
  createWebhookHandler,
  createWebhookModule,
  type DataEvent,
  type HangUpEvent,
  type NewCallEvent,
  type ServerOptions,
  WebhookResponse,
  WebhookHandlerTimeoutError,
  type WebhookServer,
} from '../../../lib/webhook';
import { SPEC_DIR } from '../../support/paths';

const FORM = 'application/x-www-form-urlencoded';
const ADDRESS = 'https://hooks.example.test/sipgate?token=a&b=c';
const ESCAPED_ADDRESS = 'https://hooks.example.test/sipgate?token=a&amp;b=c';
const NEW_CALL =
  'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&user%5B%5D=Alice&userId%5B%5D=w0&fullUserId%5B%5D=1234567w0';
const vector = JSON.parse(readFileSync(join(SPEC_DIR, 'webhook-signature-testvector.json'), 'utf8')) as {
  body: string;
  signature_base64: string;
  tampered_body_example: string;
};

interface Reply {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

interface PostOptions {
  method?: string;
  headers?: Record<string, string | number>;
  /** Written in these pieces; without content-length the request is chunked. */
  chunks?: (string | Buffer)[];
}

function send(port: number, body: string | Buffer | undefined, options: PostOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': FORM, ...options.headers };
    if (body !== undefined && !options.chunks && headers['content-length'] === undefined)
      headers['content-length'] = Buffer.byteLength(body);
    const req = request(
      { host: '127.0.0.1', port, path: '/', method: options.method ?? 'POST', headers, agent: false },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    // An oversized upload may be cut off after its 413 arrived; that write error is expected.
    req.on('error', (error) => reject(error));
    if (options.chunks) for (const chunk of options.chunks) req.write(chunk);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

const post = (port: number, body: string | Buffer, headers?: Record<string, string | number>) =>
  send(port, body, { headers });

async function start(options: Partial<ServerOptions> = {}): Promise<WebhookServer> {
  return createWebhookModule().createServer({
    port: 0,
    hostname: '127.0.0.1',
    serverAddress: ADDRESS,
    skipSignatureVerification: true,
    onReject: () => undefined,
    ...options,
  });
}

describe('webhook server over HTTP', () => {
  let server: WebhookServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  describe('events and answers', () => {
    it('passes a typed newCall event and answers the handler gather with onData', async () => {
      server = await start();
      const seen: NewCallEvent[] = [];
      server.onNewCall((event) => {
        seen.push(event);
        return WebhookResponse.gatherDTMF({ maxDigits: 4, timeout: 1500 });
      });
      const reply = await post(server.port, NEW_CALL);
      expect(reply.status).to.equal(200);
      expect(reply.headers['content-type']).to.equal('application/xml');
      expect(reply.body).to.equal(
        `<?xml version="1.0" encoding="utf-8"?>\n<Response><Gather maxDigits="4" timeout="1500" onData="${ESCAPED_ADDRESS}"/></Response>`,
      );
      expect(seen).to.have.length(1);
      expect(seen[0]).to.deep.include({ from: '+492111234567', to: '+4915791234567', callId: '123456' });
      expect(seen[0].users).to.deep.equal(['Alice']);
    });

    it('asks for follow-up events only for registered handlers (onHangup alias included)', async () => {
      server = await start();
      expect((await post(server.port, NEW_CALL)).body).to.match(/<Response\/>$/);
      server.onAnswer(() => undefined);
      expect((await post(server.port, NEW_CALL)).body).to.match(
        new RegExp(`<Response onAnswer="${ESCAPED_ADDRESS.replace(/[?]/g, '\\?')}"/>$`),
      );
      server.onHangup(() => undefined);
      const both = (await post(server.port, NEW_CALL)).body;
      expect(both).to.contain(`onAnswer="${ESCAPED_ADDRESS}"`);
      expect(both).to.contain(`onHangup="${ESCAPED_ADDRESS}"`);
    });

    it('delivers answer, hangup and dtmf events; dtmf may answer with an action', async () => {
      server = await start();
      const answers: AnswerEvent[] = [];
      const hangups: HangUpEvent[] = [];
      const data: DataEvent[] = [];
      server.onAnswer(async (event) => {
        answers.push(event);
      });
      server.onHangUp((event) => {
        hangups.push(event);
      });
      server.onData(async (event) => {
        data.push(event);
        return event.dtmf === '01' ? WebhookResponse.redirectCall({ numbers: ['+4921100000'] }) : undefined;
      });
      const answer = await post(
        server.port,
        'event=answer&callId=1&user=John+Doe&answeringNumber=4921199&from=anonymous&to=4915',
      );
      // As the official package: every answer from a handled event carries the follow-up subscriptions.
      const follow = `<Response onAnswer="${ESCAPED_ADDRESS}" onHangup="${ESCAPED_ADDRESS}"`;
      expect(answer.body).to.equal(`<?xml version="1.0" encoding="utf-8"?>\n${follow}/>`);
      await post(server.port, 'event=hangup&cause=busy&callId=1&from=49211&to=4915&answeringNumber=');
      const dtmf = await post(server.port, 'event=dtmf&dtmf=01&callId=1');
      expect(dtmf.body).to.equal(
        `<?xml version="1.0" encoding="utf-8"?>\n${follow}><Dial><Number>4921100000</Number></Dial></Response>`,
      );
      expect(answers[0]).to.deep.include({ user: 'John Doe', answeringNumber: '+4921199', from: 'anonymous' });
      expect(hangups[0]).to.deep.include({ cause: 'busy', answeringNumber: '' });
      expect(data[0].dtmf).to.equal('01');
    });

    it('accepts a charset parameter on the content type', async () => {
      server = await start();
      expect((await post(server.port, NEW_CALL, { 'content-type': `${FORM}; charset=UTF-8` })).status).to.equal(200);
      expect(
        (await post(server.port, NEW_CALL, { 'content-type': 'Application/X-WWW-Form-Urlencoded;charset=utf-8' }))
          .status,
      ).to.equal(200);
    });
  });

  describe('bad input', () => {
    it('answers 405 with Allow: POST for other methods', async () => {
      server = await start();
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const reply = await send(server.port, method === 'GET' ? undefined : NEW_CALL, { method });
        expect(reply.status, method).to.equal(405);
        expect(reply.headers.allow).to.equal('POST');
      }
    });

    it('answers 415 for other or missing content types', async () => {
      server = await start();
      expect((await post(server.port, '{"event":"newCall"}', { 'content-type': 'application/json' })).status).to.equal(
        415,
      );
      const req = await send(server.port, NEW_CALL, { headers: { 'content-type': '' } });
      expect(req.status).to.equal(415);
    });

    it('answers 413 from Content-Length without reading the body, then keeps serving', async () => {
      server = await start({ maxBodyBytes: 1024 });
      let called = 0;
      server.onNewCall(() => {
        called++;
      });
      const big = `event=newCall&x=${'a'.repeat(2000)}`;
      const reply = await post(server.port, big);
      expect(reply.status).to.equal(413);
      expect(reply.headers.connection).to.equal('close');
      expect(called).to.equal(0);
      expect((await post(server.port, NEW_CALL)).status).to.equal(200);
    });

    it('answers 413 for a chunked body that grows past the limit (default 64 KiB)', async () => {
      server = await start();
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const reply = await send(server.port, chunk, {
        chunks: [Buffer.from('event=newCall&x='), chunk, chunk, chunk, chunk],
      }).catch((error: NodeJS.ErrnoException) => ({ status: -1, headers: {}, body: error.code ?? '' }));
      expect(reply.status).to.equal(413);
      expect((await post(server.port, NEW_CALL)).status).to.equal(200);
    });

    it('answers 400 for undecodable bodies and a missing event', async () => {
      server = await start();
      expect((await post(server.port, 'event=newCall&from=%E0%A4%A')).status).to.equal(400);
      expect((await post(server.port, Buffer.from([0x65, 0x76, 0x3d, 0xff, 0xfe]))).status).to.equal(400);
      expect((await post(server.port, 'from=4921&to=4915')).status).to.equal(400);
      expect((await post(server.port, '')).status).to.equal(400);
    });

    it('answers 200 with an empty <Response/> for unknown and prototype-named events', async () => {
      server = await start();
      server.onNewCall(() => WebhookResponse.hangUpCall());
      for (const name of ['valueOf', '__proto__', 'constructor', 'hasOwnProperty', 'transfer']) {
        const reply = await post(server.port, `event=${name}&__proto__=x&constructor[prototype][a]=1`);
        expect(reply.status, name).to.equal(200);
        expect(reply.body, name).to.equal('<?xml version="1.0" encoding="utf-8"?>\n<Response/>');
      }
      expect(({} as Record<string, unknown>).a).to.equal(undefined);
    });

    it('answers 500 for a throwing or rejecting handler, reports it, and serves the next request', async () => {
      const errors: unknown[] = [];
      server = await start({ onError: (error) => errors.push(error) });
      server.onNewCall(() => {
        throw new Error('sync boom');
      });
      expect((await post(server.port, NEW_CALL)).status).to.equal(500);
      server.onNewCall(async () => {
        throw new Error('async boom');
      });
      expect((await post(server.port, NEW_CALL)).status).to.equal(500);
      server.onNewCall(() => ({ Nonsense: {} }) as never);
      expect((await post(server.port, NEW_CALL)).status).to.equal(500);
      expect(errors.map((e) => (e as Error).message).slice(0, 2)).to.deep.equal(['sync boom', 'async boom']);
      expect(errors[2]).to.be.instanceOf(ValidationError);
      server.onNewCall(() => WebhookResponse.sendToVoicemail());
      const ok = await post(server.port, NEW_CALL);
      expect(ok.status).to.equal(200);
      expect(ok.body).to.contain('<Voicemail/>');
    });

    it('answers 500 when a handler does not settle within handlerTimeoutMs, reports it, and keeps serving', async () => {
      const errors: unknown[] = [];
      server = await start({ handlerTimeoutMs: 50, onError: (error) => errors.push(error) });
      server.onNewCall(() => new Promise<never>(() => undefined));
      expect((await post(server.port, NEW_CALL)).status).to.equal(500);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.be.instanceOf(WebhookHandlerTimeoutError);
      expect((errors[0] as WebhookHandlerTimeoutError).event).to.equal('newCall');
      server.onNewCall(() => WebhookResponse.hangUpCall());
      const ok = await post(server.port, NEW_CALL);
      expect(ok.status).to.equal(200);
      expect(ok.body).to.contain('<Hangup/>');
    });

    it('rejects a negative handlerTimeoutMs when the server is created', async () => {
      let error: unknown;
      await start({ handlerTimeoutMs: -1 }).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal('handlerTimeoutMs');
    });

    it('keeps serving after many concurrent failing requests, even when onError throws too', async () => {
      let reported = 0;
      server = await start({
        onError: () => {
          reported++;
          throw new Error('reporter broken');
        },
      });
      server.onNewCall((event) => {
        if (Number(event.callId) % 2 === 0) throw new Error('even');
        return Promise.reject(new Error('odd'));
      });
      const port = server.port;
      const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => post(port, `event=newCall&callId=${i}`)));
      expect(replies.every((r) => r.status === 500)).to.equal(true);
      expect(reported).to.equal(200);
      server.onNewCall(() => undefined);
      expect((await post(port, NEW_CALL)).status).to.equal(200);
    });
    it('survives clients that disconnect mid-body or send malformed HTTP', async () => {
      server = await start();
      let calls = 0;
      server.onNewCall(() => {
        calls++;
      });
      const port = server.port;
      const raw = (text: string, destroyAfterWrite: boolean) =>
        new Promise<string>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write(text);
            if (destroyAfterWrite) setTimeout(() => socket.destroy(), 20);
          });
          let answer = '';
          socket.on('data', (chunk) => (answer += chunk.toString()));
          socket.on('close', () => resolve(answer));
          socket.on('error', () => undefined);
        });
      const partial = `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: 500\r\n\r\nevent=newCall&from=49`;
      expect(await raw(partial, true)).to.equal('');
      const malformed = await raw('POST / HTTP/1.1\r\nHost x\r\n\r\n', false);
      expect(malformed).to.match(/^HTTP\/1\.1 400/);
      expect((await post(port, NEW_CALL)).status).to.equal(200);
      expect(calls).to.equal(1);
    });
  });

  describe('signature', () => {
    it('accepts the sipgate test vector with the built-in key and rejects a tampered body', async () => {
      server = await start({ skipSignatureVerification: undefined });
      const events: NewCallEvent[] = [];
      server.onNewCall((event) => {
        events.push(event);
      });
      const signature = vector.signature_base64;
      expect((await post(server.port, vector.body, { 'x-sipgate-signature': signature })).status).to.equal(200);
      expect(
        (await post(server.port, vector.tampered_body_example, { 'x-sipgate-signature': signature })).status,
      ).to.equal(403);
      expect((await post(server.port, vector.body, { 'x-sipgate-signature': 'bm9wZQ==' })).status).to.equal(403);
      expect((await post(server.port, vector.body)).status).to.equal(401);
      expect(events).to.have.length(1);
      expect(events[0]).to.deep.include({ from: '+4912354678', to: '+49999999', originalCallId: '', xcid: '' });
      expect(events[0].users).to.deep.equal(['TestUser']);
      expect(events[0].fullUserIds).to.deep.equal(['123456789']);
    });

    it('ignores X-Forwarded-For entirely', async () => {
      server = await start({ skipSignatureVerification: false });
      const reply = await post(server.port, vector.body, {
        'x-sipgate-signature': vector.signature_base64,
        'x-forwarded-for': '10.0.0.1',
      });
      expect(reply.status).to.equal(200);
      expect((await post(server.port, vector.body, { 'x-forwarded-for': '217.116.118.254' })).status).to.equal(401);
    });

    it('verifies with a configured public key instead of sipgate’s', async () => {
      const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      server = await start({
        skipSignatureVerification: false,
        publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      });
      const signature = sign('sha256', Buffer.from(NEW_CALL), privateKey).toString('base64');
      expect((await post(server.port, NEW_CALL, { 'x-sipgate-signature': signature })).status).to.equal(200);
      expect(
        (await post(server.port, vector.body, { 'x-sipgate-signature': vector.signature_base64 })).status,
      ).to.equal(403);
    });

    it('rejects an unusable key or server address when the server is created', async () => {
      try {
        await start({ skipSignatureVerification: false, publicKey: 'not a key' });
        expect.fail('expected ValidationError');
      } catch (error) {
        expect((error as ValidationError).field).to.equal('publicKey');
      }
      try {
        await start({ serverAddress: 'localhost:8080' });
        expect.fail('expected ValidationError');
      } catch (error) {
        expect((error as ValidationError).field).to.equal('serverAddress');
      }
    });
  });

  it('rejects a bad port and non-function handlers with a ValidationError', async () => {
    try {
      await start({ port: 'http' });
      expect.fail('expected ValidationError');
    } catch (error) {
      expect((error as ValidationError).field).to.equal('port');
    }
    server = await start();
    expect(() => server!.onNewCall('not a function' as never)).to.throw(ValidationError);
  });

  describe('stop()', () => {
    it('lets an in-flight request finish, then resolves and refuses new connections', async () => {
      const running = await start();
      let release: () => void = () => undefined;
      let entered: () => void = () => undefined;
      const handlerEntered = new Promise<void>((resolve) => (entered = resolve));
      running.onNewCall(async () => {
        entered();
        await new Promise<void>((resolve) => (release = resolve));
        return WebhookResponse.hangUpCall();
      });
      const inFlight = post(running.port, NEW_CALL);
      await handlerEntered;
      let stopped = false;
      const stopping = running.stop().then(() => (stopped = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(stopped).to.equal(false);
      release();
      const reply = await inFlight;
      expect(reply.status).to.equal(200);
      expect(reply.body).to.contain('<Hangup/>');
      await stopping;
      expect(stopped).to.equal(true);
      const refused = await post(running.port, NEW_CALL).then(
        () => 'answered',
        (error: NodeJS.ErrnoException) => error.code,
      );
      expect(refused).to.equal('ECONNREFUSED');
    });
  });

  it('delivers N concurrent events to the handler exactly N times', async () => {
    server = await start();
    const seen = new Map<string, number>();
    server.onNewCall((event) => {
      seen.set(event.callId, (seen.get(event.callId) ?? 0) + 1);
      return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1000 });
    });
    const total = 600;
    const port = server.port;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < total) {
        const id = next++;
        const reply = await post(port, `event=newCall&callId=c${id}&from=4921`);
        expect(reply.status).to.equal(200);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(seen.size).to.equal(total);
    expect([...seen.values()].every((count) => count === 1)).to.equal(true);
  });
});

describe('createWebhookHandler mounted in another server', () => {
  let host: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)));
    host = undefined;
  });

  async function listen(listener: Parameters<typeof createHttpServer>[1]): Promise<number> {
    host = createHttpServer(listener as never);
    await new Promise<void>((resolve) => host!.listen(0, '127.0.0.1', resolve));
    return (host.address() as AddressInfo).port;
  }

  it('serves http.createServer with the same behaviour as the standalone server', async () => {
    const handler = createWebhookHandler({ serverAddress: ADDRESS, skipSignatureVerification: true });
    handler.onNewCall(() => WebhookResponse.rejectCall({ reason: 'busy' }));
    handler.onHangup(() => undefined);
    const port = await listen(handler);
    const reply = await post(port, NEW_CALL);
    expect(reply.body).to.match(/<Response onHangup="[^"]+"><Reject reason="busy"\/><\/Response>$/);
    expect((await send(port, undefined, { method: 'GET' })).status).to.equal(405);
  });

  it('uses a body that an Express-style raw parser already read (signature included)', async () => {
    const handler = createWebhookHandler({
      serverAddress: ADDRESS,
      handlers: { onNewCall: () => WebhookResponse.hangUpCall() },
    });
    const port = await listen((req: IncomingMessage & { body?: Buffer }, res: Parameters<typeof handler>[1]) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        req.body = Buffer.concat(parts);
        handler(req, res);
      });
    });
    const ok = await post(port, vector.body, { 'x-sipgate-signature': vector.signature_base64 });
    expect(ok.status).to.equal(200);
    expect(ok.body).to.contain('<Hangup/>');
    expect(
      (await post(port, vector.tampered_body_example, { 'x-sipgate-signature': vector.signature_base64 })).status,
    ).to.equal(403);
  });

  it('answers 500 and reports the cause when another middleware consumed the body and kept nothing', async () => {
    const reasons: string[] = [];
    const handler = createWebhookHandler({
      serverAddress: ADDRESS,
      skipSignatureVerification: true,
      onReject: (rejection) => reasons.push(`${rejection.reason}: ${rejection.message}`),
    });
    const port = await listen((req: IncomingMessage, res: Parameters<typeof handler>[1]) => {
      req.resume();
      req.on('end', () => handler(req, res));
    });
    const reply = await post(port, NEW_CALL);
    expect(reply.status).to.equal(500);
    expect(reply.body).to.contain('body parsers');
    expect(reasons).to.have.length(1);
    expect(reasons[0]).to.match(/^body-consumed: .*left neither req.rawBody nor req.body/);
  });
});
