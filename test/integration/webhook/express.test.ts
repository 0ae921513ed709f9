/**
 * The Node handler inside a real Express app, behind the body parsers apps put in front of
 * everything: a global express.urlencoded() (with and without the raw-bytes recipe) and express.raw().
 */
import { expect } from 'chai';
import express, { type Express } from 'express';
import type { IncomingMessage } from 'node:http';
import { createWebhookTestKit } from '../../../lib/testing';
import {
  createWebhookHandler,
  type HandlerOptions,
  type NewCallEvent,
  type WebhookRejectedError,
  WebhookResponse,
} from '../../../lib/webhook';

const kit = createWebhookTestKit();
const ADDRESS = 'https://hooks.example.test/sipgate';

function webhook(options: Partial<HandlerOptions> & { seen: NewCallEvent[]; rejections: WebhookRejectedError[] }) {
  const { seen, rejections, ...rest } = options;
  return createWebhookHandler({
    serverAddress: ADDRESS,
    publicKey: kit.publicKey,
    onReject: (rejection) => rejections.push(rejection),
    handlers: {
      onNewCall: (event) => {
        seen.push(event);
        return WebhookResponse.hangUpCall();
      },
    },
    ...rest,
  });
}

/** The recipe from the README: keep the raw bytes while express.urlencoded() parses them. */
function keepRawBody(req: IncomingMessage, _res: unknown, buf: Buffer): void {
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
}

describe('createWebhookHandler in a real Express app', () => {
  let seen: NewCallEvent[];
  let rejections: WebhookRejectedError[];
  beforeEach(() => {
    seen = [];
    rejections = [];
  });

  it('behind a global express.urlencoded() without raw bytes: 500, and the hook names the cause and the fix', async () => {
    const app: Express = express();
    app.use(express.urlencoded({ extended: false }));
    app.post('/sipgate', webhook({ seen, rejections }));
    const reply = await kit.send(app, kit.newCall(), '/sipgate');
    expect(reply.status).to.equal(500);
    expect(seen).to.deep.equal([]);
    expect(rejections).to.have.length(1);
    expect(rejections[0].reason).to.equal('body-consumed');
    expect(rejections[0].message).to.contain('express.urlencoded()').and.contain('req.rawBody = buf');
  });

  it('behind express.urlencoded({ verify }) keeping req.rawBody: verifies and serves; a changed body is 403', async () => {
    const app = express();
    app.use(express.urlencoded({ extended: true, verify: keepRawBody }));
    app.post('/sipgate', webhook({ seen, rejections }));
    const call = kit.newCall({ from: '4930123456' });
    const reply = await kit.send(app, call, '/sipgate');
    expect(reply.status).to.equal(200);
    expect(reply.body).to.contain('<Hangup/>');
    expect(seen.map((event) => event.from)).to.deep.equal(['+4930123456']);
    expect(seen[0].users).to.deep.equal(['Alice Example']);

    const changed = { ...call, body: call.body.replace('4930123456', '4930123457') };
    expect((await kit.send(app, changed, '/sipgate')).status).to.equal(403);
    expect(rejections.map((r) => r.reason)).to.deep.equal(['signature-invalid']);
  });

  for (const extended of [false, true]) {
    it(`without signature checks, takes the fields express.urlencoded({ extended: ${extended} }) parsed`, async () => {
      const app = express();
      app.use(express.urlencoded({ extended }));
      app.post('/sipgate', webhook({ seen, rejections, skipSignatureVerification: true }));
      const reply = await kit.send(
        app,
        kit.newCall({ 'user[]': ['Alice', 'Bob'], 'userId[]': ['w0', 'w1'] }),
        '/sipgate',
      );
      expect(reply.status).to.equal(200);
      expect(rejections).to.deep.equal([]);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.include({ from: '+4921100000000', to: '+4915799912345', direction: 'in' });
      expect(seen[0].users).to.deep.equal(['Alice', 'Bob']);
      expect(seen[0].userIds).to.deep.equal(['w0', 'w1']);
    });
  }

  it('behind express.raw() (Buffer req.body): verifies the signature over those bytes', async () => {
    const app = express();
    app.use(express.raw({ type: 'application/x-www-form-urlencoded' }));
    app.post('/sipgate', webhook({ seen, rejections }));
    expect((await kit.send(app, kit.newCall(), '/sipgate')).status).to.equal(200);
    expect(seen).to.have.length(1);
  });

  it('mounted before any body parser: reads the stream itself', async () => {
    const app = express();
    app.post('/sipgate', webhook({ seen, rejections }));
    app.use(express.urlencoded({ extended: false }));
    expect((await kit.send(app, kit.newCall(), '/sipgate')).status).to.equal(200);
    expect(seen).to.have.length(1);
  });
});
