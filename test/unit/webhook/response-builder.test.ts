import { expect } from 'chai';
import { ValidationError } from '../../../lib/core/errors';
import { renderResponse } from '../../../lib/webhook/response-builder';
import { UNSAFE_TEXT, UNSAFE_URL } from '../../../lib/webhook/xml-values';
import {
  createFetchHandler,
  createWebhookHandler,
  escapeXml,
  RejectReason,
  type ResponseObject,
  WebhookResponse,
} from '../../../lib/webhook';

const DECL = '<?xml version="1.0" encoding="utf-8"?>\n';
const ON_DATA = ' onData="https://example.test/hook"';

function render(action: ResponseObject | undefined, attrs = ''): string {
  return renderResponse(action, attrs, ON_DATA);
}

/** Undoes escapeXml, to compare a written value with the one given. */
function unescape(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
  );
}

/** Every code unit where the rules change (controls, Latin-1, around the surrogates, the end of the BMP), and a sample of the rest. */
const RULE_CHANGING_CODES: number[] = [];
for (let code = 0; code <= 0xffff; code++) {
  const edge = code < 0x400 || (code >= 0xd7f0 && code < 0xe010) || code >= 0xfff0;
  if (edge || code % 61 === 0) RULE_CHANGING_CODES.push(code);
}

function expectValidationError(fn: () => unknown, field: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).field).to.equal(field);
    return;
  }
  expect.fail(`expected a ValidationError for ${field}`);
}

describe('webhook response builder', () => {
  describe('escapeXml', () => {
    it('escapes all five special characters', () => {
      expect(escapeXml(`a&b<c>d"e'f`)).to.equal('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    });
    it('returns plain values unchanged', () => {
      expect(escapeXml('https://example.test/a.wav')).to.equal('https://example.test/a.wav');
    });
  });

  describe('redirectCall', () => {
    it('writes numbers without + after normalising them', () => {
      const xml = render(WebhookResponse.redirectCall({ numbers: ['+49 211 123456', '004915799912345'] }));
      expect(xml).to.equal(
        `${DECL}<Response><Dial><Number>49211123456</Number><Number>4915799912345</Number></Dial></Response>`,
      );
    });
    it('adds callerId and anonymous only when given, never "undefined"', () => {
      const withBoth = render(
        WebhookResponse.redirectCall({ numbers: ['+49211123456'], callerId: '+4930111', anonymous: false }),
      );
      expect(withBoth).to.contain('<Dial callerId="4930111" anonymous="false">');
      const bare = render(WebhookResponse.redirectCall({ numbers: ['+49211123456'] }));
      expect(bare).to.contain('<Dial>');
      expect(bare).not.to.contain('undefined');
    });
    it('accepts up to 5 targets and rejects 0 or 6', () => {
      const five = ['+491', '+492', '+493', '+494', '+495'].map((n) => `${n}0000`);
      expect(WebhookResponse.redirectCall({ numbers: five }).Dial.Number).to.have.length(5);
      expectValidationError(() => WebhookResponse.redirectCall({ numbers: [...five, '+4960000'] }), 'numbers');
      expectValidationError(() => WebhookResponse.redirectCall({ numbers: [] }), 'numbers');
    });
    it('names the bad number, callerId and anonymous fields', () => {
      expectValidationError(() => WebhookResponse.redirectCall({ numbers: ['+49211', 'abc'] }), 'numbers[1]');
      expectValidationError(() => WebhookResponse.redirectCall({ numbers: ['+49211'], callerId: 'x' }), 'callerId');
      expectValidationError(
        () => WebhookResponse.redirectCall({ numbers: ['+49211'], anonymous: 'yes' as unknown as boolean }),
        'anonymous',
      );
    });
  });

  it('renders voicemail, hangup and reject', () => {
    expect(render(WebhookResponse.sendToVoicemail())).to.equal(`${DECL}<Response><Dial><Voicemail/></Dial></Response>`);
    expect(render(WebhookResponse.hangUpCall())).to.equal(`${DECL}<Response><Hangup/></Response>`);
    expect(render(WebhookResponse.rejectCall({ reason: RejectReason.BUSY }))).to.equal(
      `${DECL}<Response><Reject reason="busy"/></Response>`,
    );
    expect(render(WebhookResponse.rejectCall({ reason: 'rejected' }))).to.contain('<Reject reason="rejected"/>');
    expectValidationError(() => WebhookResponse.rejectCall({ reason: 'later' as RejectReason }), 'reason');
  });

  it('renders play with an escaped URL and rejects non-http URLs', () => {
    const xml = render(WebhookResponse.playAudio({ announcement: 'https://example.test/a.wav?x=1&y="2"' }));
    expect(xml).to.equal(
      `${DECL}<Response><Play><Url>https://example.test/a.wav?x=1&amp;y=&quot;2&quot;</Url></Play></Response>`,
    );
    expectValidationError(
      () => WebhookResponse.playAudio({ announcement: 'ftp://example.test/a.wav' }),
      'announcement',
    );
  });

  describe('gatherDTMF', () => {
    it('renders onData, maxDigits, timeout and the optional announcement', () => {
      expect(render(WebhookResponse.gatherDTMF({ maxDigits: 3, timeout: 0 }))).to.equal(
        `${DECL}<Response><Gather maxDigits="3" timeout="0" onData="https://example.test/hook"/></Response>`,
      );
      expect(
        render(WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 2000, announcement: 'http://a.test/x.wav' })),
      ).to.equal(
        `${DECL}<Response><Gather maxDigits="1" timeout="2000" onData="https://example.test/hook"><Play><Url>http://a.test/x.wav</Url></Play></Gather></Response>`,
      );
    });
    it('rejects maxDigits < 1, fractional or negative timeout, bad announcement', () => {
      expectValidationError(() => WebhookResponse.gatherDTMF({ maxDigits: 0, timeout: 1 }), 'maxDigits');
      expectValidationError(() => WebhookResponse.gatherDTMF({ maxDigits: 1.5, timeout: 1 }), 'maxDigits');
      expectValidationError(() => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: -1 }), 'timeout');
      expectValidationError(
        () => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1, announcement: 'nope' }),
        'announcement',
      );
    });
  });

  it('rejects missing option objects with a ValidationError', () => {
    expectValidationError(() => WebhookResponse.gatherDTMF(undefined as never), 'gatherOptions');
    expectValidationError(() => WebhookResponse.redirectCall(null as never), 'redirectOptions');
  });

  describe('rendering hand-written objects', () => {
    it('escapes every value so request data cannot inject XML', () => {
      const xml = render({ Dial: { _attributes: { callerId: '"/><Hangup/>' }, Number: ['1<2'] } });
      expect(xml).to.contain('callerId="&quot;/&gt;&lt;Hangup/&gt;"');
      expect(xml).to.contain('<Number>1&lt;2</Number>');
    });
    it('throws a ValidationError for unknown shapes', () => {
      expectValidationError(() => render({ Foo: {} } as unknown as ResponseObject), 'response');
      expectValidationError(() => render({ Play: { Url: 42n } } as unknown as ResponseObject), 'response.Play.Url');
    });
    it('puts follow-up attributes on <Response> and self-closes without an action', () => {
      expect(render(undefined, ' onAnswer="u"')).to.equal(`${DECL}<Response onAnswer="u"/>`);
    });
  });

  describe('values XML cannot carry exactly', () => {
    it('refuses announcement URLs with control characters or whitespace instead of writing them', () => {
      for (const url of [
        'https://example.test/a\u0001.wav',
        'https://example.test/a\tb.wav',
        'https://example.test/a.wav\n',
        'https://example.test/a b.wav',
        'https://example.test/\u007f.wav',
        'https://example.test/\ud800.wav',
      ]) {
        expectValidationError(() => WebhookResponse.playAudio({ announcement: url }), 'announcement');
        expectValidationError(
          () => WebhookResponse.gatherDTMF({ announcement: url, maxDigits: 1, timeout: 1 }),
          'announcement',
        );
      }
    });

    it('refuses such characters in every value of a hand-written answer, naming the field', () => {
      const cases: Array<[unknown, string]> = [
        [{ Play: { Url: 'https://e.test/\u0007' } }, 'response.Play.Url'],
        [{ Gather: { _attributes: {}, Play: { Url: 'https://e.test/\t' } } }, 'response.Gather.Play.Url'],
        [{ Gather: { _attributes: { maxDigits: '1\u0000' } } }, 'response.Gather.maxDigits'],
        [{ Dial: { _attributes: {}, Number: ['4921\u0001'] } }, 'response.Dial.Number'],
        [{ Dial: { _attributes: { callerId: '49\n21' }, Number: ['4921'] } }, 'response.Dial.callerId'],
        [{ Dial: { _attributes: {}, Number: ['\udc00'] } }, 'response.Dial.Number'],
        [{ Reject: { _attributes: { reason: 'busy\uffff' } } }, 'response.Reject.reason'],
      ];
      for (const [action, field] of cases) expectValidationError(() => render(action as ResponseObject), field);
    });

    it('refuses a hand-written value exactly when the XML rule says so, and writes every other one unchanged', () => {
      for (const code of RULE_CHANGING_CODES) {
        const text = `1${String.fromCharCode(code)}2`;
        const url = `https://example.test/${String.fromCharCode(code)}.wav`;
        const cases: Array<[ResponseObject, RegExp, string, RegExp, string]> = [
          [
            { Gather: { _attributes: { maxDigits: text } } },
            UNSAFE_TEXT,
            text,
            / maxDigits="(.*?)"/s,
            'Gather.maxDigits',
          ],
          [{ Play: { Url: url } }, UNSAFE_URL, url, /<Url>(.*)<\/Url>/s, 'Play.Url'],
        ];
        for (const [action, rule, value, written, field] of cases) {
          let xml: string | undefined;
          try {
            xml = render(action);
          } catch (error) {
            if (!(error instanceof ValidationError) || error.field !== `response.${field}`) throw error;
          }
          // Plain checks in the loop: thousands of chai assertions would take seconds.
          if (rule.test(value) !== (xml === undefined))
            expect.fail(`U+${code.toString(16)} in ${field}: wrong verdict`);
          if (xml !== undefined && unescape(written.exec(xml)![1]) !== value) {
            expect.fail(`U+${code.toString(16)} in ${field} was not written exactly`);
          }
        }
      }
    });

    it('refuses a server address the follow-up attributes could not carry exactly', () => {
      for (const create of [createWebhookHandler, createFetchHandler]) {
        expectValidationError(() => create({ serverAddress: 'https://hooks.example.test/\tx' }), 'serverAddress');
        expectValidationError(() => create({ serverAddress: 'https://hooks.example.test/\u0001' }), 'serverAddress');
      }
    });

    it('for code units across the BMP, either refuses one or writes a well-formed answer saying exactly that URL', () => {
      const xmlChars = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
      let written = 0;
      for (const code of RULE_CHANGING_CODES) {
        const url = `https://example.test/${String.fromCharCode(code)}.wav`;
        let action: ResponseObject;
        try {
          action = WebhookResponse.playAudio({ announcement: url });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          continue;
        }
        const xml = render(action);
        // Plain checks in the loop: 65 536 chai assertions would take seconds.
        if (!xmlChars.test(xml)) expect.fail(`U+${code.toString(16)} made the answer ill-formed`);
        if (unescape(/<Url>(.*)<\/Url>/s.exec(xml)![1]) !== url) expect.fail(`U+${code.toString(16)} changed the URL`);
        written++;
      }
      expect(written).to.be.greaterThan(1500);
    });
  });
});
