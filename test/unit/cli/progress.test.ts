import { expect } from 'chai';
import { createProgress } from '../../../lib/cli/progress';

function sink(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  return { written, write: (text: string) => written.push(text), isTTY, columns };
}

describe('cli: progress display', () => {
  it('prints one plain line per change when piped', () => {
    const out = sink(false);
    const progress = createProgress('history', out);
    progress.update(2, 8);
    progress.update(2, 8);
    progress.update(8, 8);
    progress.finish();
    expect(out.written).to.deep.equal(['history: 2/8\n', 'history: 8/8\n']);
  });

  it('redraws a bar in place on a terminal, keeps the numbers on a narrow one, and clears it at the end', () => {
    const out = sink(true, 30);
    const progress = createProgress('history', out);
    progress.update(8, 8);
    progress.finish();
    expect(out.written[0]).to.match(/^\r\x1b\[Khistory \[#+\] 8\/8$/); // eslint-disable-line no-control-regex
    expect(out.written[0].length - 4).to.be.at.most(29);
    expect(out.written.at(-1)).to.equal('\r\x1b[K');
  });

  it('prints nothing with --quiet', () => {
    const out = sink(true);
    const progress = createProgress('history', out, { quiet: true });
    progress.update(1, 2);
    progress.finish();
    expect(out.written).to.deep.equal([]);
  });
});
