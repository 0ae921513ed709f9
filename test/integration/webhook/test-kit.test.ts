/**
 * The webhook test kit, used the way an app's own suite would use it: the app's handlers,
 * mounted as the app mounts them, fed signed requests (no sandbox, no network).
 */
import { expect } from 'chai';
import express from 'express';
import { generateKeyPairSync } from 'node:crypto';
import { createWebhookTestKit } from '../../../lib/testing';
import {
  type AnswerEvent,
  createFetchHandler,
  createWebhookHandler,
  createWebhookServer,
  type DataEvent,
  type HandlerOptions,
  type HangUpEvent,
  type NewCallEvent,
  WebhookResponse,
} from '../../../lib/webhook';

// --- the "app" under test: an IVR that asks for a digit and routes on it --------------------------------
function ivrOptions(log: unknown[], publicKey: string): HandlerOptions {
  return {
    serverAddress: 'https://ivr.example.test/webhook',
    publicKey,
    handlers: {
      onNewCall: (event: NewCallEvent) => {
        log.push(event);
        return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 3000 });
      },
      onData: (event: DataEvent) => {
        log.push(event);
        return event.dtmf === '1' ? WebhookResponse.redirectCall({ numbers: ['+4921100000001'] }) : null;
      },
      onAnswer: (event: AnswerEvent) => void log.push(event),
      onHangUp: (event: HangUpEvent) => void log.push(event),
    },
  };
}

describe('webhook test kit (an app testing its own handlers)', () => {
  const kit = createWebhookTestKit();

  it('Node handler: every event arrives typed, with realistic fields', async () => {
    const log: unknown[] = [];
    const handler = createWebhookHandler(ivrOptions(log, kit.publicKey));

    const newCall = await kit.send(handler, kit.newCall({ from: '4930123456' }));
    expect(newCall.status).to.equal(200);
    expect(newCall.body).to.contain('<Gather maxDigits="1" timeout="3000" onData="https://ivr.example.test/webhook"');
    const pressed = await kit.send(handler, kit.dtmf({ dtmf: '1' }));
    expect(pressed.body).to.contain('<Number>4921100000001</Number>');
    await kit.send(handler, kit.answer({ user: 'voicemail' }));
    await kit.send(handler, kit.hangup({ cause: 'busy' }));

    const [call, dtmf, answer, hangup] = log as [NewCallEvent, DataEvent, AnswerEvent, HangUpEvent];
    expect(call).to.include({ event: 'newCall', from: '+4930123456', to: '+4915799912345', direction: 'in' });
    expect(call.callId).to.match(/^[0-9A-F]+$/);
    expect(call.originalCallId).to.equal(call.callId);
    expect(call.users).to.deep.equal(['Alice Example']);
    expect(call.fullUserIds).to.deep.equal(['1234567w0']);
    expect(dtmf).to.include({ event: 'dtmf', dtmf: '1' });
    expect(answer).to.include({ event: 'answer', user: 'voicemail', answeringNumber: '+4921100000000' });
    expect(hangup).to.include({ event: 'hangup', cause: 'busy' });
  });

  it('Express: the same requests through an app with a global body parser and the raw-bytes recipe', async () => {
    const log: unknown[] = [];
    const app = express();
    app.use(
      express.urlencoded({
        extended: false,
        verify: (req, _res, buf) => Object.assign(req, { rawBody: buf }),
      }),
    );
    app.post('/webhook', createWebhookHandler(ivrOptions(log, kit.publicKey)));
    const reply = await kit.send(app, kit.newCall(), '/webhook');
    expect(reply.status).to.equal(200);
    expect(log).to.have.length(1);
  });

  it('Fetch handler: a Request built from the signed event', async () => {
    const log: unknown[] = [];
    const handler = createFetchHandler(ivrOptions(log, kit.publicKey));
    const response = await handler(kit.toFetchRequest(kit.dtmf({ dtmf: '2' }), 'https://ivr.example.test/webhook'));
    expect(response.status).to.equal(200);
    const follow = 'onAnswer="https://ivr.example.test/webhook" onHangup="https://ivr.example.test/webhook"';
    expect(await response.text()).to.equal(`<?xml version="1.0" encoding="utf-8"?>\n<Response ${follow}/>`);
    expect((log[0] as DataEvent).dtmf).to.equal('2');
  });

  it('standalone server: sends to a started server', async () => {
    const log: unknown[] = [];
    const server = await createWebhookServer({ ...ivrOptions(log, kit.publicKey), port: 0, hostname: '127.0.0.1' });
    try {
      expect((await kit.send(server, kit.hangup())).status).to.equal(200);
      expect((log[0] as HangUpEvent).cause).to.equal('normalClearing');
    } finally {
      await server.stop();
    }
  });

  it("requests the handler must refuse: a changed body, another key's signature", async () => {
    const handler = createWebhookHandler({ ...ivrOptions([], kit.publicKey), onReject: () => undefined });
    const call = kit.newCall();
    const changed = { ...call, body: call.body.replace('direction=in', 'direction=ou') };
    expect((await kit.send(handler, changed)).status).to.equal(403);
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const stranger = createWebhookTestKit({ privateKey });
    expect(stranger.publicKey).not.to.equal(kit.publicKey);
    expect((await kit.send(handler, stranger.newCall())).status).to.equal(403);
  });

  it('any other form, signed: an anonymous caller', async () => {
    const log: unknown[] = [];
    const handler = createWebhookHandler(ivrOptions(log, kit.publicKey));
    const reply = await kit.send(handler, kit.signed({ event: 'newCall', from: 'anonymous', to: '4921100000000' }));
    expect(reply.status).to.equal(200);
    expect(log[0]).to.include({ from: 'anonymous', to: '+4921100000000' });
  });
});
