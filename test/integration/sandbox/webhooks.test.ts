/**
 * Sandbox webhook round trips: signed form-encoded events to a real webhook server on loopback, XML answers
 * followed (Gather → dtmf, Dial, Voicemail, Reject, Hangup), transcripts, history, and robustness against
 * bad webhook servers.
 */
import { expect } from 'chai';
import { createSandbox, parseXmlResponse, SandboxOptionError, type Sandbox } from '../../../lib/sandbox';
import { parseWebhookEvent } from '../../../lib/webhook/event-parser';
import { createNodeSignatureVerifier } from '../../../lib/webhook/signature-node';
import { api } from '../../support/sandbox-client';
import { startReceiver, type Answer } from '../../support/webhook-receiver';

describe('sandbox webhook round trips', () => {
  let sandbox: Sandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let answer: Answer;

  before(async () => {
    sandbox = await createSandbox({ webhookTimeoutMs: 300, maxWebhookSteps: 6 });
    receiver = await startReceiver(sandbox.publicKeyPem, (request) => answer(request));
  });
  after(async () => {
    await sandbox.stop();
    await receiver.close();
  });
  beforeEach(async () => {
    sandbox.reset();
    receiver.received.length = 0;
    answer = () => ({ xml: '<Response/>' });
    await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: `${receiver.base}/in`, outgoingUrl: `${receiver.base}/out` },
    });
  });

  it('follows Gather then Dial: newCall, dtmf, answer, hangup — signed, form-encoded, with sipgate wire names', async () => {
    answer = ({ fields }) => {
      switch (fields.get('event')) {
        case 'newCall':
          return {
            xml: `<?xml version="1.0" encoding="utf-8"?>\n<Response onAnswer="${receiver.base}/answer" onHangup="${receiver.base}/hangup"><Gather onData="${receiver.base}/dtmf" maxDigits="2" timeout="3000"><Play><Url>https://example.com/menu.wav</Url></Play></Gather></Response>`,
          };
        case 'dtmf':
          return { xml: '<Response><Dial callerId="4921100000000"><Number>4915799912345</Number></Dial></Response>' };
        default:
          return undefined;
      }
    };
    const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '123' });

    expect(transcript.steps.map((s) => `${s.event} ${new URL(s.url).pathname}`)).to.deep.equal([
      'newCall /in',
      'dtmf /dtmf',
      'answer /answer',
      'hangup /hangup',
    ]);
    expect(transcript).to.include({
      outcome: 'answered',
      answeringNumber: '+4915799912345',
      hangupCause: 'normalClearing',
      direction: 'in',
    });
    expect(receiver.received.every((r) => r.signatureValid)).to.equal(true);
    expect(receiver.received.every((r) => r.contentType.startsWith('application/x-www-form-urlencoded'))).to.equal(
      true,
    );
    expect(receiver.received.map((r) => r.body)).to.deep.equal(transcript.steps.map((s) => s.requestBody));

    const [newCall, dtmf, answered, hangup] = receiver.received.map((r) => r.fields);
    expect(newCall.get('event')).to.equal('newCall');
    expect(newCall.get('from')).to.equal('4930123456');
    expect(newCall.get('to')).to.equal('4921100000000');
    expect(newCall.get('direction')).to.equal('in');
    expect(newCall.get('callId')).to.equal(transcript.callId);
    expect(newCall.getAll('user[]')).to.deep.equal(['Ada Lovelace']);
    expect(newCall.getAll('userId[]')).to.deep.equal(['w0']);
    expect(newCall.getAll('fullUserId[]')).to.deep.equal(['1234567w0']);
    expect(newCall.has('xcid') && newCall.has('origCallId')).to.equal(true);
    expect(dtmf.get('dtmf')).to.equal('12');
    expect(dtmf.get('callId')).to.equal(transcript.callId);
    expect(answered.get('answeringNumber')).to.equal('4915799912345');
    expect(answered.get('user')).to.equal('Ada Lovelace');
    expect(hangup.get('cause')).to.equal('normalClearing');

    expect(transcript.steps[0].parsed?.actions[0]).to.deep.equal({
      type: 'gather',
      onData: `${receiver.base}/dtmf`,
      maxDigits: 2,
      timeout: 3000,
      playUrl: 'https://example.com/menu.wav',
    });
    expect(transcript.steps[1].responseXml).to.contain('<Dial');
    expect(sandbox.getTranscript(transcript.callId)).to.equal(transcript);

    const entry = (await api(sandbox, 'GET', `/history/${transcript.historyId}`)).json;
    expect(entry).to.include({ type: 'CALL', direction: 'INCOMING', source: '+4930123456', status: 'PICKUP' });
  });

  it("produces events the SDK's own webhook parser and signature verifier accept", async () => {
    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? {
            xml: `<Response onAnswer="${receiver.base}/a" onHangup="${receiver.base}/h"><Gather onData="${receiver.base}/d"/></Response>`,
          }
        : fields.get('event') === 'dtmf'
          ? { xml: '<Response><Dial><Number>4915799912345</Number></Dial></Response>' }
          : undefined;
    await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '07' });
    const verifySignature = createNodeSignatureVerifier(sandbox.publicKeyPem);
    const events = receiver.received.map((r) => parseWebhookEvent(r.body) as unknown as Record<string, unknown>);
    expect(events.map((e) => e.event)).to.deep.equal(['newCall', 'dtmf', 'answer', 'hangup']);
    expect(events[0]).to.deep.include({
      from: '+4930123456',
      to: '+4921100000000',
      direction: 'in',
      users: ['Ada Lovelace'],
      userIds: ['w0'],
    });
    expect(events[1]).to.include({ dtmf: '0' });
    expect(events[2]).to.include({ answeringNumber: '+4915799912345' });
    expect(events[3]).to.include({ cause: 'normalClearing' });
    for (const request of receiver.received)
      expect(request.signatureValid && verifySignature(Buffer.from(request.body), request.signature)).to.equal(true);
  });

  it('sends an empty dtmf when the caller presses nothing', async () => {
    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? { xml: `<Response><Gather onData="${receiver.base}/dtmf"/></Response>` }
        : { xml: '<Response><Hangup/></Response>' };
    const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(receiver.received[1].fields.get('event')).to.equal('dtmf');
    expect(receiver.received[1].fields.get('dtmf')).to.equal('');
    expect(transcript.outcome).to.equal('hungUp');
  });

  it('maps Reject to a hangup with cause busy or noAnswer and a missed history entry', async () => {
    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? { xml: `<Response onHangup="${receiver.base}/hangup"><Reject reason="busy"/></Response>` }
        : undefined;
    const busy = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(busy).to.include({ outcome: 'rejected', hangupCause: 'busy' });
    expect(busy.steps.map((s) => s.event)).to.deep.equal(['newCall', 'hangup']);
    expect((await api(sandbox, 'GET', `/history/${busy.historyId}`)).json).to.include({
      direction: 'MISSED_INCOMING',
      status: 'BUSY',
    });

    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? { xml: `<Response onHangup="${receiver.base}/hangup"><Reject/></Response>` }
        : undefined;
    const rejected = await sandbox.simulateIncomingCall({ from: 'anonymous', to: '+4921100000000' });
    expect(rejected.hangupCause).to.equal('noAnswer');
    expect(receiver.received.find((r) => r.fields.get('callId') === rejected.callId)?.fields.get('from')).to.equal(
      'anonymous',
    );
  });

  it('answers by voicemail for <Dial><Voicemail/></Dial>', async () => {
    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? { xml: `<Response onAnswer="${receiver.base}/answer"><Dial><Voicemail/></Dial></Response>` }
        : undefined;
    const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(transcript.outcome).to.equal('voicemail');
    expect(receiver.received[1].fields.get('user')).to.equal('voicemail');
  });

  it('treats an empty Response as answered by the callee; no follow-up events unless subscribed', async () => {
    const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(transcript).to.include({ outcome: 'answered', answeringNumber: '+4921100000000' });
    expect(transcript.steps.map((s) => s.event)).to.deep.equal(['newCall']);
  });

  it('posts to the outgoingUrl for direction "out" and nowhere without a URL or outside the whitelist', async () => {
    await sandbox.simulateIncomingCall({ from: '+4921100000000', to: '+4930123456', direction: 'out' });
    expect(receiver.received[0].path).to.equal('/out');
    expect(receiver.received[0].fields.get('direction')).to.equal('out');

    await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: `${receiver.base}/in`, outgoingUrl: '', whitelist: ['g9'] },
    });
    const filtered = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(filtered.outcome).to.equal('noWebhook');
    await api(sandbox, 'PUT', '/settings/sipgateio', { body: { incomingUrl: '', outgoingUrl: '' } });
    const none = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(none).to.include({ outcome: 'noWebhook' });
    expect(none.steps).to.have.length(0);
    expect(receiver.received).to.have.length(1);
  });

  it('delivers newCall/answer for a call started through the API, and hangup after DELETE /calls', async () => {
    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? { xml: `<Response onAnswer="${receiver.base}/answer" onHangup="${receiver.base}/hangup"/>` }
        : undefined;
    const { sessionId } = (
      await api(sandbox, 'POST', '/sessions/calls', { body: { caller: 'e0', callee: '+4915799912345' } })
    ).json;
    const started = await sandbox.waitForCall(sessionId);
    expect(started?.outcome).to.equal('active');
    expect(
      receiver.received.map((r) => `${r.path} ${r.fields.get('event')} ${r.fields.get('direction')}`),
    ).to.deep.equal(['/out newCall out', '/answer answer out']);
    expect(receiver.received[1].fields.has('user')).to.equal(false);

    expect((await api(sandbox, 'DELETE', `/calls/${sessionId}`)).status).to.equal(204);
    const ended = await sandbox.waitForCall(sessionId);
    expect(ended).to.include({ outcome: 'hungUp', hangupCause: 'normalClearing' });
    expect(receiver.received[2].fields.get('event')).to.equal('hangup');
    expect(receiver.received[2].fields.get('callId')).to.equal(sessionId);
    expect(receiver.received.every((r) => r.signatureValid)).to.equal(true);
  });

  it('drops an API call that the outgoing webhook rejects', async () => {
    answer = () => ({ xml: '<Response><Reject reason="busy"/></Response>' });
    const { sessionId } = (
      await api(sandbox, 'POST', '/sessions/calls', { body: { caller: 'e0', callee: '+4915799912345' } })
    ).json;
    const transcript = await sandbox.waitForCall(sessionId);
    expect(transcript?.outcome).to.equal('rejected');
    expect((await api(sandbox, 'GET', '/calls')).json.data).to.deep.equal([]);
    const entry = (await api(sandbox, 'GET', '/history?types=CALL&limit=1')).json.items[0];
    expect(entry).to.include({ callId: sessionId, direction: 'MISSED_OUTGOING', status: 'BUSY' });
  });

  it('sends one hangup when DELETE /calls races a webhook that rejects the call', async () => {
    answer = ({ fields }) =>
      fields.get('event') === 'newCall'
        ? { xml: `<Response onHangup="${receiver.base}/hangup"><Reject/></Response>`, delayMs: 30 }
        : undefined;
    const { sessionId } = (
      await api(sandbox, 'POST', '/sessions/calls', { body: { caller: 'e0', callee: '+4915799912345' } })
    ).json;
    expect((await api(sandbox, 'DELETE', `/calls/${sessionId}`)).status).to.equal(204);
    const transcript = await sandbox.waitForCall(sessionId);
    expect(transcript?.steps.map((s) => s.event)).to.deep.equal(['newCall', 'hangup']);
    expect(receiver.received.filter((r) => r.fields.get('event') === 'hangup')).to.have.length(1);
  });

  it("keeps the start of a non-2xx answer's body in the transcript error, on one line and bounded", async () => {
    answer = () => ({ status: 403, xml: `Forbidden:\r\n\tsignature mismatch ${'x'.repeat(500)}` });
    const failed = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    const error = failed.steps[0].error ?? '';
    expect(error).to.match(/^webhook answered HTTP 403: Forbidden: signature mismatch x+…$/);
    expect(error.length).to.be.lessThan(260);
  });

  it('survives a webhook server that errors, answers garbage or is too slow', async () => {
    answer = () => ({ status: 500, xml: 'boom' });
    const failed = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(failed.steps[0]).to.include({ status: 500, error: 'webhook answered HTTP 500: boom' });
    expect(failed.outcome).to.equal('answered');

    answer = () => ({ xml: '<html><body>not xml for sipgate</body></html>' });
    const garbage = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(garbage.steps[0].error).to.equal('no <Response> element');

    answer = () => ({ xml: '<Response/>', delayMs: 1000 });
    const slow = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(slow.steps[0].error).to.match(/no answer within 300 ms/);

    await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: 'http://127.0.0.1:1/closed', outgoingUrl: '' },
    });
    const refused = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect(refused.steps[0].error).to.be.a('string');
    expect((await api(sandbox, 'GET', '/users')).status).to.equal(200);
  });

  it('bounds a Gather loop by maxWebhookSteps', async () => {
    answer = () => ({ xml: `<Response><Gather onData="${receiver.base}/again"/></Response>` });
    const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '1' });
    expect(receiver.received).to.have.length(6);
    expect(transcript.outcome).to.equal('failed');
    expect(transcript.error).to.match(/more than 6 webhook requests/);
  });

  it('keeps a webhook debug log (GET /log/webhooks) only while settings.log is on', async () => {
    await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    expect((await api(sandbox, 'GET', '/log/webhooks')).json.items).to.deep.equal([]);
    await api(sandbox, 'PUT', '/settings/sipgateio', {
      body: { incomingUrl: `${receiver.base}/in`, outgoingUrl: '', log: true },
    });
    answer = () => ({ xml: '<nonsense/>' });
    await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000' });
    const log = (await api(sandbox, 'GET', '/log/webhooks')).json.items;
    expect(log).to.have.length(1);
    expect(log[0]).to.include({
      url: `${receiver.base}/in`,
      response: '<nonsense/>',
      xmlError: 'no <Response> element',
      status: '200',
    });
    expect(log[0].request).to.match(/^event=newCall&/);
  });

  it('rejects bad simulation input with SandboxOptionError', () => {
    expect(() => sandbox.simulateIncomingCall({ from: 'nobody', to: '+4921100000000' })).to.throw(SandboxOptionError);
    expect(() => sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '12x' })).to.throw(
      SandboxOptionError,
    );
  });
});

describe('sandbox XML answer reader', () => {
  it('reads the whole vocabulary, in any letter case, with entities, comments and CDATA', () => {
    const parsed = parseXmlResponse(
      '<?xml version="1.0"?><!-- menu --><response onanswer="http://a/x?a=1&amp;b=2" ONHANGUP=\'http://a/h\'>' +
        '<Play><Url><![CDATA[http://a/p.wav]]></Url></Play>' +
        '<Dial callerId="492111" anonymous="TRUE"><Number> 4915799912345 </Number><Number>4930111</Number></Dial>' +
        '<Reject reason="busy"/><Reject/><Hangup></Hangup><Unknown/></response>',
    );
    expect(parsed.onAnswer).to.equal('http://a/x?a=1&b=2');
    expect(parsed.onHangup).to.equal('http://a/h');
    expect(parsed.actions).to.deep.equal([
      { type: 'play', url: 'http://a/p.wav' },
      { type: 'dial', callerId: '492111', anonymous: true, numbers: ['4915799912345', '4930111'], voicemail: false },
      { type: 'reject', reason: 'busy' },
      { type: 'reject', reason: 'rejected' },
      { type: 'hangup' },
      { type: 'unknown', name: 'unknown' },
    ]);
  });

  it('uses sipgate defaults for Gather and reports unreadable answers', () => {
    expect(
      parseXmlResponse('<Response><Gather onData="http://a/d" maxDigits="0" timeout="x"/></Response>').actions[0],
    ).to.deep.equal({
      type: 'gather',
      onData: 'http://a/d',
      maxDigits: 1,
      timeout: 2000,
      playUrl: undefined,
    });
    expect(parseXmlResponse('').error).to.equal('empty answer');
    expect(parseXmlResponse('<<>>< Response').error).to.equal('no <Response> element');
    expect(parseXmlResponse('<Response><Dial><Number>1</Number>').actions[0]).to.include({ type: 'dial' });
  });
});
