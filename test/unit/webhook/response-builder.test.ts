import { expect } from 'chai';
import { ValidationError } from '../../../lib/core/errors';
import { renderResponse } from '../../../lib/webhook/response-builder';
import { escapeXml, RejectReason, type ResponseObject, WebhookResponse } from '../../../lib/webhook';

const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
const ON_DATA = ' onData="https://example.test/hook"';

function render(action: ResponseObject | undefined, attrs = ''): string {
  return renderResponse(action, attrs, ON_DATA);
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
        `${DECL}<Response><Gather onData="https://example.test/hook" maxDigits="3" timeout="0"/></Response>`,
      );
      expect(
        render(WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 2000, announcement: 'http://a.test/x.wav' })),
      ).to.equal(
        `${DECL}<Response><Gather onData="https://example.test/hook" maxDigits="1" timeout="2000"><Play><Url>http://a.test/x.wav</Url></Play></Gather></Response>`,
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
      expectValidationError(() => render({ Play: { Url: 42n } } as unknown as ResponseObject), 'response');
    });
    it('puts follow-up attributes on <Response> and self-closes without an action', () => {
      expect(render(undefined, ' onAnswer="u"')).to.equal(`${DECL}<Response onAnswer="u"/>`);
    });
  });
});
