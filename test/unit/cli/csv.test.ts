import { expect } from 'chai';
import { csvTable } from '../../../lib/cli/csv';

describe('CLI history CSV (csvTable)', () => {
  const columns = ['id', 'source', 'note'] as const;
  const rows = (records: Array<Record<(typeof columns)[number], unknown>>) =>
    csvTable(columns, records).trimEnd().split('\n');

  it('neutralises the classic formula payloads in every column', () => {
    for (const payload of ["-2+3+cmd|' /C calc'!A0", '+1+1', '-1+HYPERLINK("http://x")', '+(1)', '=1+1', '@SUM(A1)']) {
      const [, source, note] = rows([{ id: 'h1', source: payload, note: payload }])[1].split(',');
      expect(note.replace(/^"|"$/g, '').startsWith("'"), `note: ${payload}`).to.equal(true);
      // In a number column only a bare phone number (digits, brackets, separators) is exempt; `+(1)` is one.
      if (payload !== '+(1)') expect(source.replace(/^"|"$/g, '').startsWith("'"), `source: ${payload}`).to.equal(true);
    }
  });

  it('writes the header, then one row per record in column order, keeping phone numbers only in number columns', () => {
    const created = new Date('2024-01-01T00:00:00Z');
    expect(
      rows([
        { id: 'h1', source: '+4921112345', note: '+4921112345' },
        { id: created, source: undefined, note: null },
      ]),
    ).to.deep.equal(['id,source,note', "h1,+4921112345,'+4921112345", '2024-01-01T00:00:00.000Z,,']);
  });
});
