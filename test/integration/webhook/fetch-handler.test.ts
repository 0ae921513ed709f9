import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFetchHandler, WebhookResponse } from '../../../lib/webhook';
import { SPEC_DIR } from '../../support/paths';

const FORM = 'application/x-www-form-urlencoded';
const ADDRESS = 'https://edge.example.test/hook';
const vector = JSON.parse(readFileSync(join(SPEC_DIR, 'webhook-signature-testvector.json'), 'utf8')) as {
  body: string;
  signature_base64: string;
  tampered_body_example: string;
};

function formRequest(body: BodyInit, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request(ADDRESS, {
    method,
    headers: { 'content-type': FORM, ...headers },
    body: method === 'GET' ? undefined : body,
    duplex: 'half',
  } as RequestInit);
}

describe('createFetchHandler (Fetch API mount)', () => {
  it('answers a newCall with the handler gather and follow-up attributes', async () => {
    const handler = createFetchHandler({ serverAddress: ADDRESS, skipSignatureVerification: true });
    handler.onAnswer(() => undefined);
    handler.onNewCall((event) => {
      expect(event.from).to.equal('+4921');
      return WebhookResponse.gatherDTMF({ maxDigits: 2, timeout: 100 });
    });
    const response = await handler(formRequest('event=newCall&from=4921&to=4915'));
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/xml');
    expect(await response.text()).to.equal(
      `<?xml version="1.0" encoding="utf-8"?>\n<Response onAnswer="${ADDRESS}"><Gather maxDigits="2" timeout="100" onData="${ADDRESS}"/></Response>`,
    );
  });

  it('verifies the sipgate test vector with WebCrypto, and rejects tampered or unsigned bodies', async () => {
    const handler = createFetchHandler({ serverAddress: ADDRESS });
    const ok = await handler(formRequest(vector.body, { 'x-sipgate-signature': vector.signature_base64 }));
    expect(ok.status).to.equal(200);
    const tampered = await handler(
      formRequest(vector.tampered_body_example, { 'x-sipgate-signature': vector.signature_base64 }),
    );
    expect(tampered.status).to.equal(403);
    expect((await handler(formRequest(vector.body, { 'x-sipgate-signature': '***' }))).status).to.equal(403);
    expect((await handler(formRequest(vector.body))).status).to.equal(401);
  });

  it('answers 405, 415, 400 and unknown events like the Node mounts', async () => {
    const handler = createFetchHandler({ serverAddress: ADDRESS, skipSignatureVerification: true });
    const get = await handler(formRequest('', {}, 'GET'));
    expect(get.status).to.equal(405);
    expect(get.headers.get('allow')).to.equal('POST');
    expect((await handler(formRequest('{}', { 'content-type': 'application/json' }))).status).to.equal(415);
    expect((await handler(formRequest('to=1'))).status).to.equal(400);
    expect((await handler(formRequest('event=%zz'))).status).to.equal(400);
    const unknown = await handler(formRequest('event=valueOf'));
    expect(unknown.status).to.equal(200);
    expect(await unknown.text()).to.match(/<Response\/>$/);
  });

  it('answers 413 for a streamed body over the limit without a Content-Length', async () => {
    const handler = createFetchHandler({ serverAddress: ADDRESS, skipSignatureVerification: true, maxBodyBytes: 100 });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('event=newCall&x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'));
      },
    });
    const response = await handler(formRequest(endless));
    expect(response.status).to.equal(413);
    expect(pulled).to.be.lessThan(10);
  });

  it('answers 500 for a rejecting handler and reports the error', async () => {
    const errors: unknown[] = [];
    const handler = createFetchHandler({
      serverAddress: ADDRESS,
      skipSignatureVerification: true,
      onError: (e) => errors.push(e),
    });
    handler.onData(async () => {
      throw new Error('edge boom');
    });
    expect((await handler(formRequest('event=dtmf&dtmf=1'))).status).to.equal(500);
    expect((errors[0] as Error).message).to.equal('edge boom');
  });
});
