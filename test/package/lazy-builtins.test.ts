/**
 * Node built-ins most apps never need load on first use, not with the package: node:zlib with the first
 * compressed answer, node:fs/promises and node:os with the first file sender lock. Needs `npm run build` first.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../support/paths';

const DIST = path.join(REPO_ROOT, 'dist');
const ANSWER = { sub: 'w0', domain: 'sipgate.de' };
// Compressed here, so the child process loads zlib only through the SDK.
const GZIPPED = gzipSync(JSON.stringify(ANSWER)).toString('base64');

/** In a fresh node: what loaded with the package, after one gzip answer, and after one sender lock. */
function report(loadSdk: string, inputType: 'commonjs' | 'module') {
  const script = `
    const lazy = () => process.moduleLoadList.filter((name) => /^NativeModule (?:zlib|os|fs\\/promises)$/.test(name));
    ${loadSdk}
    const atLoad = lazy();
    const body = Buffer.from(${JSON.stringify(GZIPPED)}, 'base64');
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', async () => {
      const baseUrl = 'http://127.0.0.1:' + server.address().port + '/v2';
      const client = sdk.sipgateIO({ username: 'a@example.com', password: 'secret' }, { baseUrl, proxy: false });
      const answer = await client.get('/authorization/userinfo');
      const afterGzip = lazy();
      const lock = sdk.fileSenderLock(); // in the OS temp directory, which node:os names
      const release = await lock.acquire('lazy-builtins-' + process.pid);
      await release();
      server.close();
      console.log(JSON.stringify({ atLoad, answer, afterGzip, afterLock: lazy() }));
    });`;
  const output = execFileSync(process.execPath, [`--input-type=${inputType}`, '-e', script], { encoding: 'utf8' });
  return JSON.parse(output) as { atLoad: string[]; answer: unknown; afterGzip: string[]; afterLock: string[] };
}

describe('node built-ins load on first use', function () {
  this.timeout(30_000);

  const entries: Array<[string, string, 'commonjs' | 'module']> = [
    [
      'require() of dist/index.cjs',
      `const http = require('node:http'); const sdk = require(${JSON.stringify(path.join(DIST, 'index.cjs'))});`,
      'commonjs',
    ],
    [
      'import of dist/index.mjs',
      `const http = (await import('node:http')).default; const sdk = await import(${JSON.stringify(path.join(DIST, 'index.mjs'))});`,
      'module',
    ],
  ];

  for (const [what, loadSdk, inputType] of entries) {
    it(`${what} loads neither zlib nor os; a gzip answer and a sender lock load them and work`, function () {
      const result = report(loadSdk, inputType);
      expect(result.atLoad, 'loaded with the package').to.deep.equal([]);
      expect(result.answer).to.deep.equal(ANSWER);
      expect(result.afterGzip).to.include('NativeModule zlib');
      expect(result.afterLock).to.include.members(['NativeModule os', 'NativeModule fs/promises']);
    });
  }
});
