/**
 * Every `sipgateio` command against the sandbox, in-process: output, exit code, and that bad input is refused
 * before any request reaches the API.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import path from 'node:path';
import { samplePdf } from '../../../examples/lib/sample-pdf';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../../lib/sandbox';
import { runInProcess } from '../../support/cli-run';

describe('sipgateio command line: commands against the sandbox', () => {
  let sandbox: Sandbox;
  let env: Record<string, string>;
  let dir: string;
  const apiRequests = () => sandbox.requests.filter((request) => request.path.startsWith('/v2'));
  const run = (args: string[], extraEnv: Record<string, string | undefined> = {}, stdin?: string) =>
    runInProcess(args, { ...env, ...extraEnv }, stdin);

  before(async () => {
    sandbox = await createSandbox({ failingFaxNumbers: ['+4921199999999'], faxStepMs: 20 });
    env = {
      SIPGATE_BASE_URL: sandbox.url,
      SIPGATE_TOKEN_ID: SANDBOX_CREDENTIALS.tokenId,
      SIPGATE_TOKEN: SANDBOX_CREDENTIALS.token,
    };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipgateio-cli-'));
  });
  after(async () => {
    await sandbox.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => sandbox.reset());

  describe('sms send', () => {
    it('sends from the first SMS extension and says so', async () => {
      const result = await run(['sms', 'send', '--to', '+4915799912345', '--message', 'hello']);
      expect(result, result.stderr).to.include({ code: 0, stdout: 'SMS sent to +4915799912345\n' });
      const sent = apiRequests().find((request) => request.path === '/v2/sessions/sms');
      expect(sent?.body).to.deep.include({ smsId: 's0', recipient: '+4915799912345', message: 'hello' });
    });

    it('reads the message from stdin with --message - and prints JSON with --json', async () => {
      const result = await run(
        ['--json', 'sms', 'send', '--to', '+4915799912345', '--sms-id', 's0', '--message', '-'],
        {},
        'from stdin\n',
      );
      expect(result.code, result.stderr).to.equal(0);
      expect(JSON.parse(result.stdout)).to.deep.include({ sent: true, to: '+4915799912345', smsId: 's0' });
      expect(apiRequests().at(-1)?.body).to.deep.include({ message: 'from stdin' });
    });

    it('refuses a bad number, an empty message and a bad time with exit 2, before any request', async () => {
      for (const args of [
        ['--to', '0157-nonsense', '--message', 'x'],
        ['--to', '+4915799912345', '--message', '   '],
        ['--to', '+4915799912345', '--message', 'x', '--at', 'tomorrow-ish'],
        ['--to', '+4915799912345', '--message', 'x', '--sms-id', 's0', '--from', '+4915799912345'],
        ['--to', '+4915799912345'],
      ]) {
        const result = await run(['sms', 'send', ...args]);
        expect(result.code, args.join(' ')).to.equal(2);
        expect(result.stderr).to.match(/\S/);
      }
      expect(apiRequests()).to.deep.equal([]);
    });
  });

  describe('credentials', () => {
    it('exits 3 without credentials, naming the variables, and sends nothing', async () => {
      const result = await run(['sms', 'send', '--to', '+4915799912345', '--message', 'x'], {
        SIPGATE_TOKEN_ID: undefined,
        SIPGATE_TOKEN: undefined,
        SIPGATE_PROFILE_FILE: path.join(dir, 'missing.json'),
      });
      expect(result.code).to.equal(3);
      expect(result.stderr).to.contain('SIPGATE_TOKEN_ID').and.contain('missing.json');
      expect(apiRequests()).to.deep.equal([]);
    });

    it('exits 3 when the API refuses the credentials', async () => {
      const result = await run(['call', 'start', '--from', 'e0', '--to', '+4921165432'], {
        SIPGATE_TOKEN: 'ffffffff-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      });
      expect(result.code).to.equal(3);
      expect(result.stderr).to.contain('HTTP 401');
    });

    it('reads a profile file (SIPGATE_PROFILE_FILE, --profile) and has no flag for secrets', async () => {
      const file = path.join(dir, 'profiles.json');
      fs.writeFileSync(file, JSON.stringify({ work: { ...SANDBOX_CREDENTIALS, baseUrl: sandbox.url } }), {
        mode: 0o600,
      });
      const noEnv = {
        SIPGATE_TOKEN_ID: undefined,
        SIPGATE_TOKEN: undefined,
        SIPGATE_BASE_URL: undefined,
        SIPGATE_PROFILE_FILE: file,
      };
      const ok = await run(['--profile', 'work', 'call', 'start', '--from', 'e0', '--to', '+4921165432'], noEnv);
      expect(ok.code, ok.stderr).to.equal(0);
      expect(ok.stderr).to.not.contain('readable by other users');
      const missing = await run(['--profile', 'home', 'call', 'start', '--from', 'e0', '--to', '+4921165432'], noEnv);
      expect(missing.code).to.equal(3);
      expect(missing.stderr).to.contain('no profile "home"');
      const flag = await run(['--token', 'x', 'call', 'start', '--from', 'e0', '--to', '+4921165432']);
      expect(flag.code).to.equal(2);
    });
  });

  describe('fax send', () => {
    it('waits for the final status: SENT exits 0, FAILED exits 4', async () => {
      const pdf = path.join(dir, 'letter.pdf');
      fs.writeFileSync(pdf, samplePdf('CLI fax'));
      const sent = await run(['fax', 'send', '--to', '+4921165432', '--file', pdf, '--interval', '30']);
      expect(sent.code, sent.stderr).to.equal(0);
      expect(sent.stdout).to.match(/^fax \S+ to \+4921165432: SENT\n$/);
      expect(sent.stderr).to.match(/fax to \+4921165432: 1 (PENDING|SENDING)/);
      const failed = await run(['--json', 'fax', 'send', '--to', '+4921199999999', '--file', pdf, '--interval', '30']);
      expect(failed.code).to.equal(4);
      expect(JSON.parse(failed.stdout)).to.include({ status: 'FAILED', to: '+4921199999999' });
    });

    it('refuses a missing file or a file that is no PDF, before any request', async () => {
      const text = path.join(dir, 'note.txt');
      fs.writeFileSync(text, 'not a pdf');
      expect((await run(['fax', 'send', '--to', '+4921165432', '--file', text])).code).to.equal(2);
      expect((await run(['fax', 'send', '--to', '+4921165432', '--file', path.join(dir, 'nope.pdf')])).code).to.equal(
        2,
      );
      expect((await run(['fax', 'send', '--to', '+4921165432', '--file', text, '--interval', 'soon'])).code).to.equal(
        2,
      );
      expect(apiRequests()).to.deep.equal([]);
    });
  });

  it('call start prints the session id', async () => {
    const result = await run(['call', 'start', '--from', 'e0', '--to', '+4921165432']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/^call started: e0 → \+4921165432, session \S+\n$/);
  });

  describe('history export', () => {
    it('exports every page as CSV to a file, one request per page', async () => {
      const file = path.join(dir, 'history.csv');
      const result = await run(['history', 'export', '--page-size', '3', '--output', file]);
      expect(result.code, result.stderr).to.equal(0);
      const total = Number(/exported (\d+) history entries/.exec(result.stdout)?.[1]);
      expect(total).to.be.greaterThan(3); // more than one page
      expect(result.stdout).to.equal(`exported ${total} history entries to ${file}\n`);
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
      expect(lines[0]).to.equal(
        'id,created,type,direction,source,target,sourceAlias,targetAlias,status,read,starred,archived,note',
      );
      expect(lines).to.have.length(total + 1);
      const pages = apiRequests().filter((request) => request.path.startsWith('/v2/history'));
      expect(pages).to.have.length(Math.ceil(total / 3));
      expect(result.stderr).to.contain(`history: ${total}/${total}`); // piped: plain progress lines
    });

    it('exports JSON to stdout, filtered by type, with the summary on stderr', async () => {
      const result = await run(['history', 'export', '--format', 'json', '--types', 'sms,CALL']);
      expect(result.code, result.stderr).to.equal(0);
      const entries = JSON.parse(result.stdout) as Array<{ type: string }>;
      expect(entries.length).to.be.greaterThan(0);
      expect(new Set(entries.map((entry) => entry.type))).to.satisfy((types: Set<string>) =>
        [...types].every((t) => ['SMS', 'CALL'].includes(t)),
      );
      expect(result.stderr).to.contain(`exported ${entries.length} history entries`);
    });

    it('refuses an unknown format or type with exit 2', async () => {
      expect((await run(['history', 'export', '--format', 'xml'])).code).to.equal(2);
      expect((await run(['history', 'export', '--types', 'FAXX'])).code).to.equal(2);
      expect(apiRequests()).to.deep.equal([]);
    });
  });

  describe('contacts', () => {
    it('imports a CSV and a vCard file and exports CSV and vCard', async () => {
      const csv = path.join(dir, 'contacts.csv');
      fs.writeFileSync(csv, 'firstname,lastname,number\nAda,Lovelace,+4915799912345\nAlan,Turing,+4921165432\n');
      const vcf = path.join(dir, 'contacts.vcf');
      fs.writeFileSync(
        vcf,
        'BEGIN:VCARD\nVERSION:3.0\nN:Hopper;Grace;;;\nFN:Grace Hopper\nTEL;TYPE=CELL:+4915711111111\nEND:VCARD\n',
      );
      const before = sandbox.state.contacts.length;
      const imported = await run(['contacts', 'import', csv]);
      expect(imported.code, imported.stderr).to.equal(0);
      expect(imported.stdout).to.equal(`imported 2 contact(s) from ${csv}\n`);
      const vcard = await run(['contacts', 'import', vcf]);
      expect(vcard.code, vcard.stderr).to.equal(0);
      expect(sandbox.state.contacts.length).to.equal(before + 3);

      const exportedCsv = await run(['contacts', 'export']);
      expect(exportedCsv.code).to.equal(0);
      expect(exportedCsv.stdout).to.contain('Grace Hopper').and.contain('Ada Lovelace');
      const exportedVcf = await run(['contacts', 'export', '--format', 'vcard', '--scope', 'private']);
      expect(exportedVcf.code).to.equal(0);
      expect(exportedVcf.stdout).to.contain('BEGIN:VCARD').and.contain('Grace Hopper');
    });

    it('counts CSV records, not lines: quoted cells may span lines; dropped rows are reported', async () => {
      const csv = path.join(dir, 'multiline.csv');
      fs.writeFileSync(
        csv,
        'firstname,lastname,number,note\n' +
          'Ada,Lovelace,+4915799912345,"first line\nsecond line\nthird"\n' +
          ',,,\n' +
          'Nameless,,,"no number\nhere"\n' +
          'Alan,Turing,+4921165432,"a, b\r\nc"\n',
      );
      const before = sandbox.state.contacts.length;
      const result = await run(['--json', 'contacts', 'import', csv]);
      expect(result.code, result.stderr).to.equal(0);
      const report = JSON.parse(result.stdout) as { imported: number; dropped: number; droppedRows: unknown[] };
      expect(report).to.include({ imported: 2, dropped: 1 });
      expect(sandbox.state.contacts.length).to.equal(before + 2);
      const text = await run(['contacts', 'import', csv]);
      expect(text.stdout).to.equal(`imported 2 contact(s) from ${csv}, dropped 1 row(s)\n`);

      sandbox.state.contacts.push({ ...sandbox.state.contacts[0], id: 'ct-multiline', name: 'Grace\nHopper' });
      const exported = await run(['--json', 'contacts', 'export', '--output', path.join(dir, 'out.csv')]);
      expect(exported.code, exported.stderr).to.equal(0);
      expect(JSON.parse(exported.stdout)).to.include({ exported: sandbox.state.contacts.length });
    });

    it('refuses a missing file and a bad scope before any request', async () => {
      expect((await run(['contacts', 'import', path.join(dir, 'none.csv')])).code).to.equal(2);
      expect((await run(['contacts', 'export', '--scope', 'EVERYONE'])).code).to.equal(2);
      expect(apiRequests()).to.deep.equal([]);
    });
  });

  it('has --help for every command, exiting 0', async () => {
    const commands = [
      [],
      ['sms'],
      ['sms', 'send'],
      ['fax', 'send'],
      ['call', 'start'],
      ['history', 'export'],
      ['contacts', 'import'],
      ['contacts', 'export'],
      ['webhooks', 'serve'],
      ['login'],
    ];
    for (const command of commands) {
      const result = await run([...command, '--help']);
      expect(result.code, command.join(' ')).to.equal(0);
      expect(result.stdout).to.match(/^Usage: sipgateio/);
    }
    const unknown = await run(['teleport']);
    expect(unknown.code).to.equal(2);
  });
});
