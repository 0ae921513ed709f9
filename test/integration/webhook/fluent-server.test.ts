/**
 * FluentWebhookServer: the official package's builder API, side by side with the official
 * implementation where behaviour is observable without a network (its errors).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import * as official from 'sipgateio';
import { ValidationError } from '../../../lib/core/errors';
import { FluentWebhookServer, type NewCallEvent, WebhookResponse, type WebhookServer } from '../../../lib/webhook';
import { SPEC_DIR } from '../../support/paths';

const vector = JSON.parse(readFileSync(join(SPEC_DIR, 'webhook-signature-testvector.json'), 'utf8')) as {
  body: string;
  signature_base64: string;
};

function postTo(server: WebhookServer, body: string, signature: string): Promise<{ status: number; body: string }> {
  const host = server.address.includes(':') ? `[${server.address}]` : server.address;
  return new Promise((resolve, reject) => {
    const req = request(
      `http://${host}:${server.port}/`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-sipgate-signature': signature },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function errorOf(fn: () => unknown): Promise<Error> {
  try {
    await fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('FluentWebhookServer', () => {
  it('starts a verifying server on localhost with the listeners set, chained as in the official package', async () => {
    const calls: NewCallEvent[] = [];
    const server = await new FluentWebhookServer()
      .setServerAddress('https://hooks.example.test/sipgate')
      .setServerPort(0)
      .setOnNewCallListener((event) => {
        calls.push(event);
        return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1000 });
      })
      .setOnAnswerListener(() => null)
      .setOnHangupListener(() => undefined)
      .setOnDataListener(() => null)
      .startServer();
    try {
      expect(['127.0.0.1', '::1']).to.include(server.address);
      const reply = await postTo(server, vector.body, vector.signature_base64);
      expect(reply.status).to.equal(200);
      expect(reply.body).to.contain(
        '<Response onAnswer="https://hooks.example.test/sipgate" onHangup="https://hooks.example.test/sipgate">',
      );
      expect(calls).to.have.length(1);
      expect((await postTo(server, `${vector.body}x`, vector.signature_base64)).status).to.equal(403);
    } finally {
      await server.stop();
    }
  });

  it('refuses what the official refuses, with the same messages, as ValidationErrors naming the field', async () => {
    const cases: Array<[string, (fluent: FluentWebhookServer | official.FluentWebhookServer) => unknown, string]> = [
      ['serverPort', (f) => f.setServerAddress('https://a.test/').startServer(), 'invalid or missing serverPort'],
      ['serverAddress', (f) => f.setServerPort(1).startServer(), 'invalid or missing serverAddress'],
      [
        'newCallListener',
        (f) => f.setOnNewCallListener(() => undefined).setOnNewCallListener(() => undefined),
        'can only handle one newCall listener',
      ],
      [
        'answerListener',
        (f) => f.setOnAnswerListener(() => undefined).setOnAnswerListener(() => undefined),
        'can only handle one answer listener',
      ],
      [
        'hangupListener',
        (f) => f.setOnHangupListener(() => undefined).setOnHangupListener(() => undefined),
        'can only handle one hangup listener',
      ],
      [
        'dataListener',
        (f) => f.setOnDataListener(() => undefined).setOnDataListener(() => undefined),
        'can only handle one data listener',
      ],
    ];
    for (const [field, misuse, message] of cases) {
      const theirs = await errorOf(() => misuse(new official.FluentWebhookServer()));
      const ours = await errorOf(() => misuse(new FluentWebhookServer()));
      expect(theirs.message, field).to.equal(message);
      expect(ours.message, field).to.equal(message);
      expect(ours).to.be.instanceOf(ValidationError);
      expect((ours as ValidationError).field).to.equal(field);
    }
  });
});
