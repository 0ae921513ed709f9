/**
 * Sending from a phone number switches the account's default sender for one request. Two processes doing so at
 * the same time send with each other's sender, unless they share a SenderLock: here two real processes send
 * through a fake API on loopback that records which sender was the default when each SMS went out.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSenderLock } from '../../lib/sms/file-sender-lock';

const WORKER = join(__dirname, '..', 'fixtures', 'sms-lock', 'send-worker.ts');
const NUMBERS = ['+4921100000001', '+4921100000002', '+4921100000003'];

interface Sent {
  message: string;
  sender: string | undefined;
}

/** The parts of the API an SMS from a number touches, each answer a little delayed; a barrier starts both workers together. */
function fakeApi(workers: number) {
  let defaultId: number | undefined = 1;
  const sent: Sent[] = [];
  const waiting: Array<() => void> = [];
  const body = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => resolve(text));
    });
  const server = createServer(async (req, res) => {
    const text = await body(req);
    const reply = (status: number, data?: unknown) =>
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(data === undefined ? '' : JSON.stringify(data));
      }, 10);
    const path = req.url?.split('?')[0];
    if (path === '/v2/authorization/userinfo') {
      const go = () => reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de' });
      // Both workers start together; with a lock the second waits for it before asking, so wait at most 1 s.
      waiting.push(go);
      if (waiting.length === 1) setTimeout(() => waiting.splice(0).forEach((release) => release()), 1000);
      if (waiting.length === workers) waiting.splice(0).forEach((release) => release());
      return;
    }
    if (path === '/v2/w0/sms') return reply(200, { items: [{ id: 's0', alias: 'SMS', callerId: 'sipgate' }] });
    if (path === '/v2/w0/sms/s0/callerids') {
      const items = NUMBERS.map((phonenumber, i) => ({
        id: i + 1,
        phonenumber,
        verified: true,
        defaultNumber: defaultId === i + 1,
      }));
      return reply(200, { items });
    }
    const switchMatch = /^\/v2\/w0\/sms\/s0\/callerids\/(\d+)$/.exec(path ?? '');
    if (switchMatch && req.method === 'PUT') {
      const id = Number(switchMatch[1]);
      const { defaultNumber } = JSON.parse(text) as { defaultNumber: boolean };
      if (defaultNumber) defaultId = id;
      else if (defaultId === id) defaultId = undefined;
      return reply(204);
    }
    if (path === '/v2/sessions/sms' && req.method === 'POST') {
      const { message } = JSON.parse(text) as { message: string };
      sent.push({ message, sender: defaultId === undefined ? undefined : NUMBERS[defaultId - 1] });
      return reply(204);
    }
    reply(404, { message: `no route ${req.method} ${path}` });
  });
  return { server, sent, defaultNumber: () => (defaultId === undefined ? undefined : NUMBERS[defaultId - 1]) };
}

function runWorker(baseUrl: string, from: string, count: number, lockDir?: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', WORKER], {
      env: {
        ...process.env,
        TS_NODE_TRANSPILE_ONLY: 'true',
        BASE_URL: baseUrl,
        FROM: from,
        COUNT: String(count),
        ...(lockDir ? { LOCK_DIR: lockDir } : {}),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => resolve(code));
  });
}

async function twoProcessesSend(lockDir?: string) {
  const api = fakeApi(2);
  const server: Server = api.server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
  try {
    const codes = await Promise.all([
      runWorker(baseUrl, NUMBERS[1], 4, lockDir),
      runWorker(baseUrl, NUMBERS[2], 4, lockDir),
    ]);
    return { codes, sent: api.sent, finalDefault: api.defaultNumber() };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const wrongSender = (sent: Sent[]) => sent.filter(({ message, sender }) => !message.startsWith(`${sender} `));

describe('SMS from a number across two processes', function () {
  this.timeout(180_000);

  it('with a shared fileSenderLock every SMS goes out with its own sender and the default is restored', async () => {
    const lockDir = mkdtempSync(join(tmpdir(), 'sipgate-sms-lock-'));
    try {
      const { codes, sent, finalDefault } = await twoProcessesSend(lockDir);
      expect(codes).to.deep.equal([0, 0]);
      expect(sent).to.have.length(8);
      expect(wrongSender(sent)).to.deep.equal([]);
      expect(finalDefault).to.equal(NUMBERS[0]);
      expect(readdirSync(lockDir)).to.deep.equal([]);
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  });

  it('without a lock the two processes send with each other’s sender (the limit the lock removes)', async () => {
    const { codes, sent } = await twoProcessesSend();
    expect(codes).to.deep.equal([0, 0]);
    expect(wrongSender(sent)).to.not.deep.equal([]);
  });
});

describe('fileSenderLock', () => {
  it('lets one holder in at a time and takes over a lock whose process is gone', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sipgate-sms-lock-'));
    try {
      const lock = fileSenderLock({ directory, retryMs: 5 });
      const order: string[] = [];
      const first = await lock.acquire('k');
      const second = lock.acquire('k').then((release) => {
        order.push('second');
        return release;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('first releases');
      await first();
      await (
        await second
      )();
      expect(order).to.deep.equal(['first releases', 'second']);

      // A crashed holder: a lock file naming a process that does not exist.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(directory, 'k.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, token: 'gone' }));
      const release = await lock.acquire('k');
      await release();
      expect(readdirSync(directory)).to.deep.equal([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('stops waiting when the signal aborts', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sipgate-sms-lock-'));
    try {
      const lock = fileSenderLock({ directory, retryMs: 5 });
      const held = await lock.acquire('k');
      const error = await lock.acquire('k', AbortSignal.timeout(50)).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect((error as Error).name).to.equal('AbortError');
      await held();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
