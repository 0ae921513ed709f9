import { expect } from 'chai';
import { csvRow } from '../../../lib/cli/csv';

describe('CLI history CSV rows', () => {
  const columns = ['id', 'source', 'note'];

  it('neutralises the classic formula payloads in every column', () => {
    for (const payload of ["-2+3+cmd|' /C calc'!A0", '+1+1', '-1+HYPERLINK("http://x")', '+(1)', '=1+1', '@SUM(A1)']) {
      const [, source, note] = csvRow(['h1', payload, payload], columns).trimEnd().split(',');
      expect(note.replace(/^"|"$/g, '').startsWith("'"), `note: ${payload}`).to.equal(true);
      // In a number column only a bare phone number (digits, brackets, separators) is exempt; `+(1)` is one.
      if (payload !== '+(1)') expect(source.replace(/^"|"$/g, '').startsWith("'"), `source: ${payload}`).to.equal(true);
    }
  });

  it('keeps phone numbers only in number columns', () => {
    expect(csvRow(['h1', '+4921112345', '+4921112345'], columns)).to.equal("h1,+4921112345,'+4921112345\n");
  });
});
