import { expect } from 'chai';
import { ValidationError } from '../../../lib/core/errors';
import { VCARD_LIMITS } from '../../../lib/contacts';
import { contactToVCard, escapeText, foldLine, parseVCards } from '../../../lib/contacts/vcard';
import { readVCards } from '../../../lib/contacts/vcard-parse';
import { contact } from '../../fixtures/contacts/contacts-fixtures';

const CARD = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nTEL:+4921112345\r\nEND:VCARD';

/** Work the reader does per input character; throws away the result (or the ValidationError). */
function stepsPerChar(text: string): number {
  const meter = { steps: 0 };
  try {
    readVCards(text, meter);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
  }
  return meter.steps / text.length;
}

function thrown(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('vCard reader', () => {
  it('unfolds continuation lines, reads groups, quoted parameters with ":" and ";", and RFC 6868 escapes', () => {
    const [card] = readVCards(
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n  Lovelace\nitem1.TEL;TYPE="work,voice";X-LABEL="a:b;c^\'q^\'":+49 211\n\t12345\nEMAIL;INTERNET;HOME:a@b.de\nEND:VCARD\n',
    );
    expect(card.version).to.equal('3.0');
    expect(card.properties).to.deep.equal([
      { name: 'FN', params: {}, value: 'Ada Lovelace' },
      { name: 'TEL', params: { TYPE: ['work,voice'], 'X-LABEL': ['a:b;c"q"'] }, value: '+49 21112345' },
      { name: 'EMAIL', params: { TYPE: ['INTERNET', 'HOME'] }, value: 'a@b.de' },
    ]);
  });

  it('maps quoted and bare TYPE lists to lower-case types, leaving out internet and pref', () => {
    const [ada] = parseVCards(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nTEL;TYPE="WORK,voice";TYPE=pref:+4921112345\r\nEMAIL;INTERNET;HOME:a@b.de\r\nEND:VCARD',
    );
    expect(ada.numbers).to.deep.equal([{ number: '+4921112345', type: ['work', 'voice'] }]);
    expect(ada.emails).to.deep.equal([{ email: 'a@b.de', type: ['home'] }]);
  });

  it('maps several cards with CR, LF and CRLF line ends and blank lines between them', () => {
    const book = `\uFEFF${CARD}\n\n\r\n${CARD.replace(/\r\n/g, '\r')}\r\n`;
    expect(parseVCards(book).map((contact) => contact.name)).to.deep.equal(['Ada Lovelace', 'Ada Lovelace']);
  });

  const huge = 100_000;
  const pathological: Array<[string, string]> = [
    [
      'a 100 KB card with a run of spaces',
      `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${' '.repeat(huge)}x\r\nTEL:+4921112345\r\nEND:VCARD`,
    ],
    ['a property name of 100 KB of spaces', `BEGIN:VCARD\r\nVERSION:4.0\r\n${' '.repeat(huge)}\r\nEND:VCARD`],
    [
      '40 KB of blank lines inside a card',
      `BEGIN:VCARD\r\nVERSION:4.0\r\n${'\r\n'.repeat(20_000)}FN:A\r\nTEL:+4921112345\r\nEND:VCARD`,
    ],
    ['40 KB of blank lines before the card', `${'\n'.repeat(40_000)}${CARD}`],
    ['a line of 100 KB of semicolons', `BEGIN:VCARD\r\nVERSION:4.0\r\nFN${';'.repeat(huge)}:x\r\nEND:VCARD`],
    ['a parameter of 100 KB of quotes', `BEGIN:VCARD\r\nVERSION:4.0\r\nFN;X="${'"'.repeat(huge)}:x\r\nEND:VCARD`],
    [
      'a value of 100 KB of backslashes',
      `BEGIN:VCARD\r\nVERSION:4.0\r\nN:${'\\'.repeat(huge)}\r\nFN:x\r\nTEL:+4921112345\r\nEND:VCARD`,
    ],
    [
      '100 KB of folded one-character lines',
      `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x${'\r\n y'.repeat(huge / 4)}\r\nTEL:+4921112345\r\nEND:VCARD`,
    ],
    ['many cards', `${CARD}\r\n`.repeat(2_000)],
  ];
  for (const [what, input] of pathological) {
    it(`does a bounded amount of work per character on ${what} (linear time)`, () => {
      expect(stepsPerChar(input)).to.be.at.most(3);
    });
  }

  it('maps the large inputs above without stalling (the former parser took seconds)', () => {
    // Whole-path check on the two inputs the review timed; a quadratic parser needs minutes for these sizes.
    const spaces = `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada${' '.repeat(huge)}Lovelace\r\nTEL:+4921112345\r\nEND:VCARD`;
    expect(parseVCards(spaces)[0].name).to.match(/^Ada +Lovelace$/);
    const blank = `BEGIN:VCARD\r\nVERSION:4.0\r\n${'\r\n'.repeat(20_000)}FN:A\r\nTEL:+4921112345\r\nEND:VCARD`;
    expect(parseVCards(blank)[0].name).to.equal('A');
  });

  it('enforces the documented limits with a ValidationError', () => {
    const tooLong = 'x'.repeat(VCARD_LIMITS.maxInputChars + 1);
    expect(thrown(() => parseVCards(tooLong)).message).to.contain(String(VCARD_LIMITS.maxInputChars));
    const longLine = `BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:${'a'.repeat(VCARD_LIMITS.maxLineChars)}\r\nEND:VCARD`;
    expect(thrown(() => parseVCards(longLine)).message).to.contain('longer than');
    const manyCards = `${CARD}\r\n`.repeat(VCARD_LIMITS.maxCards + 1);
    expect(thrown(() => parseVCards(manyCards)).message).to.contain(`more than ${VCARD_LIMITS.maxCards} cards`);
    const manyProperties = `BEGIN:VCARD\r\nVERSION:4.0\r\n${'NOTE:x\r\n'.repeat(VCARD_LIMITS.maxPropertiesPerCard + 1)}END:VCARD`;
    expect(thrown(() => parseVCards(manyProperties)).field).to.equal('vcardContent[1]');
  });

  it('refuses text outside cards, a line without a colon, and a card without VERSION', () => {
    expect(thrown(() => parseVCards(`${CARD}\r\nhello`)).message).to.contain('outside a card at line 6');
    expect(thrown(() => parseVCards(CARD.replace('FN:Ada Lovelace', 'FN Ada'))).message).to.contain("no ':'");
    expect(thrown(() => parseVCards(CARD.replace('VERSION:4.0\r\n', ''))).message).to.contain('no VERSION');
  });
});

describe('vCard writer', () => {
  it('escapes in one pass: backslash, comma, semicolon, and every kind of line break as one \\n', () => {
    expect(escapeText('a\\b,c;d\r\ne\rf\ng')).to.equal('a\\\\b\\,c\\;d\\ne\\nf\\ng');
    expect(escapeText('plain')).to.equal('plain');
  });

  it('folds lines after 75 UTF-8 octets without splitting a character', () => {
    const line = `FN:${'ü'.repeat(60)}😀${'a'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    parts.forEach((part, index) => {
      expect(Buffer.byteLength(part, 'utf8'), part).to.be.at.most(75);
      if (index > 0) expect(part.startsWith(' ')).to.equal(true);
    });
    expect(parts.map((part, index) => (index > 0 ? part.slice(1) : part)).join('')).to.equal(line);
    expect(folded).not.to.contain('\uFFFD');
  });

  it('writes long values folded, and they read back the same', () => {
    const name = `Ada ${'Lovelace-Byron '.repeat(12)}King`;
    const card = contactToVCard(contact('l', 'PRIVATE', { name }));
    expect(card.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).to.equal(true);
    expect(parseVCards(card)[0].name).to.equal(name.trim());
  });
});
