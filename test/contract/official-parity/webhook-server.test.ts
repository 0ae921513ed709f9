/**
 * The webhook server of the official `sipgateio` 2.15.1 and ours, side by side on loopback: the same requests,
 * the same handlers. Compared: the XML answer for every handler return type (the official indents it, ours
 * writes one line: the layout is the one documented difference there), the status and content type, and the
 * events the handlers receive. Where the two differ on purpose, the test says exactly how; each such difference
 * is a row of README "Differences from sipgateio".
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import nock from 'nock';
import { sipgateIO } from '../../../lib';
import { WebhookResponse } from '../../../lib/webhook';
import { SPEC_DIR } from '../../support/paths';
import { TEST_CREDENTIALS } from '../../support/module-test-kit';
import {
  type EitherServer,
  FORM,
  official,
  send,
  SERVER_ADDRESS,
  startBoth,
  withoutLayout,
  type Answer,
  type RawRequest,
} from './webhook-kit';

const vector = JSON.parse(readFileSync(join(SPEC_DIR, 'webhook-signature-testvector.json'), 'utf8')) as {
  body: string;
  signature_base64: string;
};
/** The official checks X-Forwarded-For against sipgate's addresses before the signature; ours ignores it. */
const SIPGATE_ADDRESS = '217.116.118.254';

type Builder = typeof WebhookResponse | typeof official.WebhookResponse;

/** 16-bit mono PCM at 8 kHz: the format both packages accept, `ms` long. */
function wav(ms: number): Buffer {
  const rate = 8000;
  const bytes = Math.round((rate * 2 * ms) / 1000);
  const file = Buffer.alloc(44 + bytes);
  file.write('RIFF', 0);
  file.writeUInt32LE(36 + bytes, 4);
  file.write('WAVEfmt ', 8);
  file.writeUInt32LE(16, 16);
  file.writeUInt16LE(1, 20); // PCM
  file.writeUInt16LE(1, 22); // mono
  file.writeUInt32LE(rate, 24);
  file.writeUInt32LE(rate * 2, 28);
  file.writeUInt16LE(2, 32);
  file.writeUInt16LE(16, 34);
  file.write('data', 36);
  file.writeUInt32LE(bytes, 40);
  return file;
}

const NEW_CALL =
  'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&origCallId=999&xcid=x1' +
  '&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1&fullUserId%5B%5D=1234567w0' +
  '&fullUserId%5B%5D=1234567w1&diversion=4921100000009';

interface Outcome {
  official: Answer;
  ours: Answer;
}

/**
 * Starts both servers, lets `register` set the same handlers on each (given its own WebhookResponse), sends
 * `request` to both and stops them.
 */
async function sideBySide(
  request: RawRequest,
  register: (server: EitherServer, R: Builder) => void,
  skipSignatureVerification = true,
): Promise<Outcome> {
  const pair = await startBoth({ skipSignatureVerification });
  try {
    register(pair.official.server, official.WebhookResponse);
    register(pair.ours.server, WebhookResponse);
    return {
      official: await send(pair.official.port, request),
      ours: await send(pair.ours.port, request),
    };
  } finally {
    await pair.stop();
  }
}

/** Both answers, with the official's layout removed. */
function comparable({ official: theirs, ours }: Outcome) {
  return {
    official: { ...theirs, body: withoutLayout(theirs.body) },
    ours: { ...ours, body: withoutLayout(ours.body) },
  };
}

describe('official parity: webhook server', function () {
  this.timeout(20_000);
  let audio: Server;
  let announcement: string;

  before(async () => {
    audio = createServer((_req, res) => res.end(wav(50)));
    await new Promise<void>((resolve) => audio.listen(0, '127.0.0.1', resolve));
    announcement = `http://127.0.0.1:${(audio.address() as AddressInfo).port}/menu.wav`;
  });
  after(() => audio.close());

  describe('the XML answer for every handler return type', () => {
    const cases: Array<[string, (R: Builder) => unknown]> = [
      ['undefined', () => undefined],
      ['null', () => null],
      [
        'redirectCall (numbers and callerId as sipgate writes them, anonymous)',
        (R) =>
          R.redirectCall({ numbers: ['4915799912345', '4921100000000'], anonymous: true, callerId: '4921100000001' }),
      ],
      ['redirectCall anonymous: false', (R) => R.redirectCall({ numbers: ['4915799912345'], anonymous: false })],
      ['sendToVoicemail', (R) => R.sendToVoicemail()],
      ['rejectCall busy', (R) => R.rejectCall({ reason: official.RejectReason.BUSY })],
      ['rejectCall rejected', (R) => R.rejectCall({ reason: official.RejectReason.REJECTED })],
      ['hangUpCall', (R) => R.hangUpCall()],
      ['playAudio', (R) => R.playAudio({ announcement })],
      ['playAudio with characters XML escapes', (R) => R.playAudio({ announcement: `${announcement}?a=1&b=%3C2%3E` })],
      ['gatherDTMF', (R) => R.gatherDTMF({ maxDigits: 3, timeout: 2000 })],
      ['gatherDTMF with announcement', (R) => R.gatherDTMF({ maxDigits: 3, timeout: 2000, announcement })],
      ['a promise of an action (async handler)', async (R) => R.hangUpCall()],
    ];
    for (const followUps of [false, true]) {
      for (const [name, answer] of cases) {
        it(`onNewCall returning ${name}${followUps ? ', with onAnswer and onHangUp registered' : ''}`, async () => {
          const outcome = await sideBySide({ headers: { 'content-type': FORM }, body: NEW_CALL }, (server, R) => {
            server.onNewCall((() => answer(R)) as never);
            if (followUps) {
              server.onAnswer(() => undefined);
              server.onHangUp(() => undefined);
            }
          });
          const { official: theirs, ours } = comparable(outcome);
          expect(theirs.status).to.equal(200);
          expect(ours).to.deep.equal(theirs);
          expect(ours.body.includes('onAnswer=')).to.equal(followUps);
        });
      }
    }

    for (const [event, body] of [
      ['answer', 'event=answer&callId=1&from=49211&to=4915&direction=in&answeringNumber=49211'],
      ['hangup', 'event=hangup&cause=normalClearing&callId=1&from=49211&to=4915&direction=in&answeringNumber=49211'],
      ['dtmf', 'event=dtmf&dtmf=1&callId=1'],
    ]) {
      it(`answers a ${event} event as the official does (follow-up subscriptions on <Response>)`, async () => {
        const outcome = await sideBySide({ headers: { 'content-type': FORM }, body }, (server) => {
          server.onNewCall(() => undefined);
          server.onAnswer(() => null);
          server.onHangUp(() => undefined);
          server.onData(() => undefined);
        });
        const { official: theirs, ours } = comparable(outcome);
        expect(theirs.body).to.contain(`onHangup="${SERVER_ADDRESS}"`);
        expect(ours).to.deep.equal(theirs);
      });
    }

    it('answers a dtmf handler that gathers again with the same XML', async () => {
      const outcome = await sideBySide(
        { headers: { 'content-type': FORM }, body: 'event=dtmf&dtmf=9&callId=1' },
        (server, R) => {
          server.onHangUp(() => undefined);
          server.onData((() => R.gatherDTMF({ maxDigits: 1, timeout: 500, announcement })) as never);
        },
      );
      const { official: theirs, ours } = comparable(outcome);
      expect(ours).to.deep.equal(theirs);
    });

    const timedPlays: Array<
      [string, (R: Builder, client: never) => unknown, { method: string; path: string; body: string }]
    > = [
      [
        'playAudioAndHangUp',
        (R: Builder, client: never) => R.playAudioAndHangUp({ announcement }, client, 'call-1', 10),
        { method: 'DELETE', path: '/v2/calls/call-1', body: '' },
      ],
      [
        'playAudioAndTransfer',
        (R: Builder, client: never) =>
          R.playAudioAndTransfer(
            { announcement },
            { attended: false, phoneNumber: '+4915799912345' },
            client,
            'call-1',
            10,
          ),
        {
          method: 'POST',
          path: '/v2/calls/call-1/transfer',
          body: JSON.stringify({ attended: false, phoneNumber: '+4915799912345' }),
        },
      ],
    ];
    for (const [name, action, expected] of timedPlays) {
      it(`${name}: the same <Play> answer, then the same call control request once the announcement ended`, async () => {
        const sent: Array<{ who: string; method: string; path: string; body: string }> = [];
        let who = 'official';
        nock('https://api.sipgate.com')
          .persist()
          .intercept(/\/v2\/calls\/call-1.*/, expected.method)
          .reply(function (path, body) {
            sent.push({
              who,
              method: this.req.method,
              path,
              body: typeof body === 'string' ? body : JSON.stringify(body),
            });
            return [204];
          });
        const officialClient = official.sipgateIO(TEST_CREDENTIALS);
        const ourClient = sipgateIO(TEST_CREDENTIALS);
        const pair = await startBoth({ skipSignatureVerification: true });
        try {
          pair.official.server.onNewCall((() => action(official.WebhookResponse, officialClient as never)) as never);
          pair.ours.server.onNewCall((() => action(WebhookResponse, ourClient as never)) as never);
          const request = { headers: { 'content-type': FORM }, body: NEW_CALL };
          const theirs = await send(pair.official.port, request);
          await waitFor(() => sent.length === 1);
          who = 'ours';
          const ours = await send(pair.ours.port, request);
          await waitFor(() => sent.length === 2);
          expect({ ...ours, body: withoutLayout(ours.body) }).to.deep.equal({
            ...theirs,
            body: withoutLayout(theirs.body),
          });
          expect(ours.body).to.contain(`<Play><Url>${announcement}</Url></Play>`);
          const { method, path, body } = expected;
          expect(sent).to.deep.equal([
            { who: 'official', method, path, body },
            { who: 'ours', method, path, body },
          ]);
        } finally {
          await pair.stop();
        }
      });
    }
  });

  describe('deliberate differences in the XML answer (README "Differences from sipgateio")', () => {
    it('numbers given with + are written without it, as sipgate documents them; the official copies them', async () => {
      const outcome = await sideBySide({ headers: { 'content-type': FORM }, body: NEW_CALL }, (server, R) =>
        server.onNewCall((() =>
          R.redirectCall({ numbers: ['+4915799912345'], callerId: '+4921100000001', anonymous: true })) as never),
      );
      const { official: theirs, ours } = comparable(outcome);
      expect(theirs.body).to.contain(
        '<Dial callerId="+4921100000001" anonymous="true"><Number>+4915799912345</Number>',
      );
      expect(ours.body).to.contain('<Dial callerId="4921100000001" anonymous="true"><Number>4915799912345</Number>');
    });

    it('redirectCall without anonymous leaves the attribute out; the official writes anonymous="undefined"', async () => {
      const outcome = await sideBySide({ headers: { 'content-type': FORM }, body: NEW_CALL }, (server, R) =>
        server.onNewCall((() => R.redirectCall({ numbers: ['4915799912345'] })) as never),
      );
      const { official: theirs, ours } = comparable(outcome);
      expect(theirs.body).to.contain('<Dial anonymous="undefined">');
      expect(ours.body).to.contain('<Dial><Number>4915799912345</Number></Dial>');
    });

    it('the official indents its answer; ours is the same XML on one line', async () => {
      const outcome = await sideBySide({ headers: { 'content-type': FORM }, body: NEW_CALL }, (server, R) =>
        server.onNewCall((() => R.hangUpCall()) as never),
      );
      expect(outcome.official.body).to.equal(
        '<?xml version="1.0" encoding="utf-8"?>\n<Response>\n    <Hangup/>\n</Response>',
      );
      expect(outcome.ours.body).to.equal('<?xml version="1.0" encoding="utf-8"?>\n<Response><Hangup/></Response>');
    });
  });

  describe('the events handed to the handlers', () => {
    const bodies: Array<[string, string]> = [
      ['newCall (docs example, several users, diversion, origCallId)', NEW_CALL],
      [
        'newCall with brackets not percent-encoded, anonymous caller',
        'event=newCall&from=anonymous&to=4915791234567&direction=in&callId=1&user[]=Alice&userId[]=w0&fullUserId[]=1234567w0',
      ],
      [
        'newCall, outgoing, without users',
        'event=newCall&from=492111234567&to=4915791234567&direction=out&callId=1&xcid=',
      ],
      ["newCall as qs.stringify writes it (sipgate's signed test vector)", vector.body],
      [
        'answer (docs example, + in a name)',
        'event=answer&callId=123456&user=John+Doe&userId=w0&fullUserId=1234567w0&from=492111234567&to=4915791234567&direction=in&answeringNumber=21199999999',
      ],
      [
        'answer after a transfer',
        'event=answer&callId=2&from=492111234567&to=4915791234567&direction=in&answeringNumber=4921199999999&diversion=4921100000009&origCallId=55',
      ],
      [
        'hangup',
        'event=hangup&cause=normalClearing&callId=123456&from=492111234567&to=4915791234567&direction=in&answeringNumber=4921199999999',
      ],
      [
        'hangup of a forwarded anonymous call',
        'event=hangup&cause=forwarded&callId=1&from=anonymous&to=4915791234567&direction=in&answeringNumber=anonymous&diversion=anonymous',
      ],
      ['dtmf with a leading zero', 'event=dtmf&dtmf=0123&callId=123456'],
      ['dtmf without digits', 'event=dtmf&callId=123456'],
      ['dtmf, empty, with origCallId', 'event=dtmf&dtmf=&callId=123456&origCallId=9'],
    ];
    /** Fields ours always carries, with the value they have when the request did not send them. */
    const ALWAYS_PRESENT: Record<string, unknown> = { originalCallId: '', xcid: '', dtmf: '' };
    const LISTS = [
      ['users', 'user'],
      ['userIds', 'userId'],
      ['fullUserIds', 'fullUserId'],
    ];

    for (const [name, body] of bodies) {
      it(`${name}: every field of the official's event, with the same value and type`, async () => {
        const seen: Record<'official' | 'ours', unknown[]> = { official: [], ours: [] };
        let who: 'official' | 'ours' = 'official';
        await sideBySide({ headers: { 'content-type': FORM }, body }, (server) => {
          const mine = who;
          who = 'ours';
          const record = (event: unknown) => void seen[mine].push(event);
          server.onNewCall(record);
          server.onAnswer(record);
          server.onHangUp(record);
          server.onData(record);
        });
        const [theirs] = seen.official as Array<Record<string, unknown>>;
        const [ours] = seen.ours as Array<Record<string, unknown>>;
        expect(ours).to.deep.include(theirs);
        // Ours has more only where the official leaves a field out: always-present fields with their
        // empty value, and each user list under both the official's name and the wire name.
        for (const key of Object.keys(ours).filter((key) => !(key in theirs))) {
          const pair = LISTS.find((names) => names.includes(key));
          if (pair && ours.event === 'newCall') expect(ours[pair[0]], key).to.deep.equal(ours[pair[1]]);
          else expect(ours[key], key).to.deep.equal(ALWAYS_PRESENT[key]);
        }
        if (ours.event === 'newCall') for (const [list] of LISTS) expect(ours[list], list).to.be.an('array');
      });
    }
  });

  describe('status codes', () => {
    it('answers a POST to any path, as the official does', async () => {
      const outcome = await sideBySide(
        { path: '/other/path?x=1', headers: { 'content-type': FORM }, body: NEW_CALL },
        (server) => server.onNewCall(() => undefined),
      );
      const { official: theirs, ours } = comparable(outcome);
      expect(ours).to.deep.equal(theirs);
    });

    it("answers sipgate's signed test vector with 200 and the same XML (the official needs sipgate's address in X-Forwarded-For)", async () => {
      const outcome = await sideBySide(
        {
          headers: {
            'content-type': FORM,
            'x-sipgate-signature': vector.signature_base64,
            'x-forwarded-for': SIPGATE_ADDRESS,
          },
          body: vector.body,
        },
        (server, R) => server.onNewCall((() => R.rejectCall({ reason: official.RejectReason.BUSY })) as never),
        false,
      );
      const { official: theirs, ours } = comparable(outcome);
      expect(theirs.body).to.contain('<Reject reason="busy"/>');
      expect(ours).to.deep.equal(theirs);
    });

    // Each of these is a row of README "Differences from sipgateio".
    const differences: Array<[string, RawRequest, boolean, Partial<Answer>, Partial<Answer>]> = [
      [
        'a tampered signed body: 403 instead of 200 with <Error/>',
        {
          headers: {
            'content-type': FORM,
            'x-sipgate-signature': vector.signature_base64,
            'x-forwarded-for': SIPGATE_ADDRESS,
          },
          body: vector.body.replace('TestUser', 'TestUsex'),
        },
        false,
        {
          status: 200,
          body: '<?xml version="1.0" encoding="UTF-8"?><Error message="Signature verification failed." />',
        },
        { status: 403 },
      ],
      [
        "a signed body without sipgate's address in X-Forwarded-For: served (the official refuses it)",
        { headers: { 'content-type': FORM, 'x-sipgate-signature': vector.signature_base64 }, body: vector.body },
        false,
        {
          status: 200,
          body: '<?xml version="1.0" encoding="UTF-8"?><Error message="Caution! IP address is not from sipgate" />',
        },
        { status: 200, body: '<?xml version="1.0" encoding="utf-8"?>\n<Response/>' },
      ],
      [
        'GET: 405 instead of 200 with <Error/>',
        { method: 'GET' },
        true,
        {
          status: 200,
          body: '<?xml version="1.0" encoding="UTF-8"?><Error message="No handler for undefined event" />',
        },
        { status: 405 },
      ],
      [
        'PUT with a form: 405 instead of handling it as an event',
        { method: 'PUT', headers: { 'content-type': FORM }, body: NEW_CALL },
        true,
        { status: 200, body: '<?xml version="1.0" encoding="utf-8"?>\n<Response/>' },
        { status: 405 },
      ],
      [
        'a POST without Content-Type: 415 instead of handling it',
        { body: NEW_CALL },
        true,
        { status: 200, body: '<?xml version="1.0" encoding="utf-8"?>\n<Response/>' },
        { status: 415 },
      ],
      [
        'a form without event: 400 instead of 200 with <Error/>',
        { headers: { 'content-type': FORM }, body: 'from=49211' },
        true,
        {
          status: 200,
          body: '<?xml version="1.0" encoding="UTF-8"?><Error message="No handler for undefined event" />',
        },
        { status: 400 },
      ],
      [
        'an event without a handler: an empty <Response/> instead of <Error/>',
        { headers: { 'content-type': FORM }, body: 'event=answer&callId=1' },
        true,
        { status: 200, body: '<?xml version="1.0" encoding="UTF-8"?><Error message="No handler for answer event" />' },
        { status: 200, body: '<?xml version="1.0" encoding="utf-8"?>\n<Response/>' },
      ],
      [
        'an unknown event: an empty <Response/> instead of <Error/>',
        { headers: { 'content-type': FORM }, body: 'event=conference&callId=1' },
        true,
        {
          status: 200,
          body: '<?xml version="1.0" encoding="UTF-8"?><Error message="No handler for conference event" />',
        },
        { status: 200, body: '<?xml version="1.0" encoding="utf-8"?>\n<Response/>' },
      ],
    ];
    for (const [name, request, skip, theirs, ours] of differences) {
      it(name, async () => {
        const outcome = await sideBySide(request, (server) => server.onNewCall(() => undefined), skip);
        expect(outcome.official).to.deep.include(theirs);
        expect(outcome.ours).to.deep.include(ours);
      });
    }
  });
});

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
