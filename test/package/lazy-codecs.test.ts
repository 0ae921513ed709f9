/**
 * The contacts CSV and vCard readers and writers load only when used: loading the SDK (require or import) does
 * not load them, so they are in neither the cost of `require` nor an app's first bundle chunk. The script-tag
 * bundle is one file and keeps them inline. Needs `npm run build` first (`npm test` runs it).
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths';

const DIST = path.join(REPO_ROOT, 'dist');
const CODEC_CHUNK = /(?:^|\/)(?:vcard|csv-import|csv-export)-[^/]+\.(?:mjs|cjs)$/;

/** Every file an ES module entry loads before its first line runs: its static imports, transitively. */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) {
      visit(path.resolve(path.dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen].map((file) => path.relative(DIST, file));
}

describe('contacts codecs load on first use', function () {
  this.timeout(30_000);

  for (const entry of ['index.mjs', 'browser.mjs', 'edge.mjs']) {
    it(`dist/${entry} imports no CSV or vCard codec up front, but loads one lazily`, function () {
      const files = staticImports(path.join(DIST, entry));
      expect(files.filter((file) => CODEC_CHUNK.test(file))).to.deep.equal([]);
      const all = files.map((file) => readFileSync(path.join(DIST, file), 'utf8')).join('\n');
      expect(all).to.match(/import\(['"]\.\/(?:chunks\/)?vcard-[^'"]+\.mjs['"]\)/);
    });
  }

  it('require() of the CommonJS build loads no codec; the first vCard export does, and works', function () {
    const script = `
      const loaded = () => Object.keys(require.cache).filter((file) => ${CODEC_CHUNK}.test(file)).map((file) => require('node:path').basename(file));
      const sdk = require(${JSON.stringify(path.join(DIST, 'index.cjs'))});
      const before = loaded();
      const contact = { id: 'c1', name: 'Ada Lovelace', picture: null, emails: [], numbers: [{ number: '+4921100000', type: ['work'] }], addresses: [], organization: [], scope: 'PRIVATE' };
      const client = { get: async () => ({ items: [contact], totalCount: 1 }) };
      sdk.createContactsModule(client).exportAsVCards('ALL').then((cards) => {
        console.log(JSON.stringify({ before, after: loaded(), card: cards[0] }));
      });`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
      before: string[];
      after: string[];
      card: string;
    };
    expect(result.before).to.deep.equal([]);
    expect(result.after.some((file) => file.startsWith('vcard-'))).to.equal(true);
    expect(result.card).to.contain('BEGIN:VCARD').and.contain('Ada Lovelace').and.contain('+4921100000');
  });

  it('the script-tag bundle has no dynamic import left (one file, nothing to load later)', function () {
    const bundle = readFileSync(path.join(REPO_ROOT, 'bundle', 'sipgate-io.min.js'), 'utf8');
    expect(bundle).not.to.match(/\bimport\(/);
    expect(bundle).to.contain('BEGIN:VCARD');
  });
});
