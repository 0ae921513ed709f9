import { expect } from 'chai';
import {
  CsvFormatError,
  csvCell,
  isPhoneNumberCell,
  neutraliseFormula,
  parseCsv,
  quotedCsvCell,
  sanitiseCsvText,
} from '../../../lib/core/csv';

/** Parses and returns how many steps the parser took per input character. */
function stepsPerChar(text: string, options: { lenient?: boolean; delimiter?: string } = {}): number {
  const meter = { steps: 0 };
  try {
    parseCsv(text, { ...options, meter });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
  }
  return meter.steps / text.length;
}

describe('CSV parser (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\r\ny"\r\n1,2,3,4')).to.deep.equal([
      ['a', 'b,c', 'say "hi"', 'x\r\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('handles a BOM, LF, CR and CRLF line ends, empty fields and a final line break', () => {
    expect(parseCsv('\uFEFFa,,b\nc\rd\r\n,\n')).to.deep.equal([['a', '', 'b'], ['c'], ['d'], ['', '']]);
    expect(parseCsv('')).to.deep.equal([]);
    expect(parseCsv('a\n\nb')).to.deep.equal([['a'], [''], ['b']]);
  });

  it('reads another delimiter, and a comma is then data', () => {
    expect(parseCsv('a;"b;c";d,e', { delimiter: ';' })).to.deep.equal([['a', 'b;c', 'd,e']]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a\n"b,c\nd'))
      .to.throw(CsvFormatError, 'line 2')
      .with.property('line', 2);
    expect(() => parseCsv('a\n"b"c,d')).to.throw(CsvFormatError, 'after a closing quote');
  });

  it('reads malformed quoting in lenient mode instead', () => {
    expect(parseCsv('"b"c,d\n"open', { lenient: true })).to.deep.equal([['bc', 'd'], ['open']]);
  });

  const size = 100_000;
  const pathological: Array<[string, string]> = [
    ['a run of quotes', `"${'"'.repeat(size)}`],
    ['a run of doubled quotes inside a field', `"${'""'.repeat(size / 2)}"`],
    ['a run of spaces', ' '.repeat(size)],
    ['only blank lines', '\n'.repeat(size)],
    ['only CRLF blank lines', '\r\n'.repeat(size / 2)],
    ['only delimiters', ','.repeat(size)],
    ['an unclosed quote before a long tail', `"${'a,\n'.repeat(size / 3)}`],
    ['many short quoted fields', '"a",'.repeat(size / 4)],
  ];
  for (const [what, input] of pathological) {
    it(`does a bounded amount of work per character on ${what} (linear time)`, () => {
      expect(stepsPerChar(input)).to.be.at.most(3);
      expect(stepsPerChar(input, { lenient: true })).to.be.at.most(3);
    });
  }
});

describe('CSV writing and the formula guard', () => {
  it('quotes a cell only when it must', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('a;b', ';')).to.equal('"a;b"');
    expect(csvCell('a;b')).to.equal('a;b');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(' padded')).to.equal('" padded"');
    expect(quotedCsvCell('x"y')).to.equal('"x""y"');
  });

  const payloads = [
    "-2+3+cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    '+1+1',
    '-1+HYPERLINK("http://evil.example","click")',
    '+(1+1)',
    '+(cmd)',
    '=HYPERLINK("x")',
    '=1+1',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '  =1+1',
    '\uff1d1+1',
    "-cmd|' /C calc'!A0",
  ];
  for (const payload of payloads) {
    it(`neutralises ${JSON.stringify(payload)} in every column, the number column included`, () => {
      expect(neutraliseFormula(payload)).to.equal(`'${payload}`);
      expect(neutraliseFormula(payload, true)).to.equal(`'${payload}`);
      expect(neutraliseFormula(payload, true, ' | ')).to.equal(`'${payload}`);
    });
  }

  it('keeps phone numbers as they are, but only in a number column', () => {
    for (const number of ['+4921112345', '+49 211 123-45', '+49 (0)211 12345', '+1/555/1234']) {
      expect(isPhoneNumberCell(number), number).to.equal(true);
      expect(neutraliseFormula(number, true)).to.equal(number);
      expect(neutraliseFormula(number)).to.equal(`'${number}`);
    }
    expect(neutraliseFormula('+4921112345 | +4915799912345', true, ' | ')).to.equal('+4921112345 | +4915799912345');
    expect(neutraliseFormula('+4921112345 | =1+1', true, ' | ')).to.equal("'+4921112345 | =1+1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Ada', '0211 12345', 'a=b', 'x-y', '', 'Zoë']) expect(neutraliseFormula(text)).to.equal(text);
  });

  it('re-writes CSV from elsewhere with formula cells neutralised and the number columns kept', () => {
    const input =
      'id,source,target,note\r\n' +
      'h1,+4921112345,+4915799912345,"=HYPERLINK(""http://evil.example"")"\r\n' +
      'h2,=1+1,-2+3+cmd|x!A0,"a, b"\r\n';
    const isPhoneColumn = (header: string) => header === 'source' || header === 'target';
    expect(sanitiseCsvText(input, { isPhoneColumn })).to.equal(
      'id,source,target,note\r\n' +
        `h1,+4921112345,+4915799912345,"'=HYPERLINK(""http://evil.example"")"\r\n` +
        `h2,'=1+1,'-2+3+cmd|x!A0,"a, b"\r\n`,
    );
    expect(sanitiseCsvText('a;b\n=1;2', {})).to.equal("a;b\n'=1;2");
    expect(sanitiseCsvText('')).to.equal('');
  });
});
