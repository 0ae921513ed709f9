import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError } from '../../../lib/core/errors';
import { checkAnnouncementAudio, WebhookResponse } from '../../../lib/webhook';
import { announcementDurationMs, clearAnnouncementDurations } from '../../../lib/webhook/timed-play';
import { fetchWavDurationMs, readWavHeader } from '../../../lib/webhook/wav-header';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { rejection, testClient } from '../../support/module-test-kit';

/** A mono 16-bit 8 kHz PCM WAV (sipgate's format) of `ms` milliseconds, with a LIST chunk before the data. */
function wav(ms: number, sampleRate = 8000, channels = 1): Buffer {
  const byteRate = sampleRate * 2 * channels;
  const dataSize = (byteRate * ms) / 1000;
  const header = Buffer.alloc(12 + 24 + 12 + 8);
  header.write('RIFF', 0);
  header.writeUInt32LE(header.length - 8 + dataSize, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(byteRate, 28);
  header.writeUInt16LE(2 * channels, 32);
  header.writeUInt16LE(16, 34);
  header.write('LIST', 36);
  header.writeUInt32LE(4, 40);
  header.write('INFO', 44);
  header.write('data', 48);
  header.writeUInt32LE(dataSize, 52);
  return Buffer.concat([header, Buffer.alloc(dataSize)]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WebhookResponse.playAudioAndHangUp / playAudioAndTransfer', () => {
  let audio: Server;
  let base: string;
  const ranges: Array<string | undefined> = [];
  const fetched: string[] = [];
  let flakyFails = true;
  before(async () => {
    audio = createServer((req, res) => {
      ranges.push(req.headers.range);
      fetched.push(req.url ?? '');
      if (req.url === '/flaky.wav' && flakyFails) {
        res.statusCode = 503;
        return res.end();
      }
      if (req.url?.startsWith('/n/') || req.url === '/flaky.wav') return res.end(wav(40));
      if (req.url === '/long.wav') return res.end(wav(60));
      if (req.url === '/big.wav') return res.end(wav(60_000));
      if (req.url === '/cd.wav') return res.end(wav(1000, 44_100, 2));
      if (req.url === '/missing.wav') {
        res.statusCode = 404;
        return res.end();
      }
      res.end('<html>not audio</html>');
    });
    await new Promise<void>((resolve) => audio.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(audio.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => audio.close(resolve)));
  beforeEach(() => {
    ranges.length = 0;
    fetched.length = 0;
    clearAnnouncementDurations();
  });

  it('reads the duration from a WAV header (chunks before the data included)', () => {
    expect(readWavHeader(wav(1500).subarray(0, 64))?.duration).to.equal(1.5);
    expect(readWavHeader(Buffer.from('<html></html>'))).to.equal(undefined);
  });

  it('reads the header of an announcement once for many calls, also for calls at the same moment', async () => {
    mockApi().delete('/calls/c1').reply(204).delete('/calls/c2').reply(204).delete('/calls/c3').reply(204);
    const client = testClient();
    const url = `${base}/long.wav`;
    await Promise.all([
      WebhookResponse.playAudioAndHangUp({ announcement: url }, client, 'c1'),
      WebhookResponse.playAudioAndHangUp({ announcement: url }, client, 'c2'),
    ]);
    await WebhookResponse.playAudioAndHangUp({ announcement: url }, client, 'c3');
    expect(fetched).to.deep.equal(['/long.wav']);
    await sleep(150);
  });

  it('keeps no failed header read: the next call reads the announcement again', async () => {
    flakyFails = true;
    const first = await rejection(announcementDurationMs(`${base}/flaky.wav`));
    expect((first as ValidationError).field).to.equal('announcement');
    flakyFails = false;
    expect(await announcementDurationMs(`${base}/flaky.wav`)).to.equal(40);
    expect(await announcementDurationMs(`${base}/flaky.wav`)).to.equal(40);
    expect(fetched).to.deep.equal(['/flaky.wav', '/flaky.wav']);
  });

  it('keeps the lengths of a few dozen announcements, the least recently used leaving first', async () => {
    await announcementDurationMs(`${base}/n/0.wav`);
    for (let i = 1; i <= 32; i += 1) {
      await announcementDurationMs(`${base}/n/${i}.wav`);
      await announcementDurationMs(`${base}/n/0.wav`); // stays in use
    }
    expect(fetched).to.have.length(33);
    await announcementDurationMs(`${base}/n/0.wav`);
    await announcementDurationMs(`${base}/n/32.wav`);
    expect(fetched).to.have.length(33);
    await announcementDurationMs(`${base}/n/1.wav`); // the least recently used one was dropped
    expect(fetched.slice(33)).to.deep.equal(['/n/1.wav']);
  });

  it('answers <Play> with the official output, and hangs up once the announcement (+ timeout) has ended', async () => {
    const scope = mockApi().delete('/calls/call-1').reply(204);
    const play = await WebhookResponse.playAudioAndHangUp(
      { announcement: `${base}/long.wav` },
      testClient(),
      'call-1',
      20,
    );
    expect(play).to.deep.equal({ Play: { Url: `${base}/long.wav` } });
    // Only the header was asked for, never the whole file.
    expect(ranges).to.deep.equal(['bytes=0-4095']);
    expect(scope.isDone(), 'not before the announcement ended').to.equal(false);
    await sleep(200);
    expect(scope.isDone()).to.equal(true);
  });

  it('reads only the header of a long announcement', async () => {
    expect(await fetchWavDurationMs(`${base}/big.wav`)).to.equal(60_000);
    expect(ranges).to.deep.equal(['bytes=0-4095']);
  });

  it('transfers after durationMs without reading the audio', async () => {
    const scope = mockApi()
      .post('/calls/call-2/transfer', { attended: false, phoneNumber: '+4921100000000' })
      .reply(204);
    const play = await WebhookResponse.playAudioAndTransfer(
      { announcement: `${base}/never-read.wav`, durationMs: 10 },
      { attended: false, phoneNumber: '+4921100000000' },
      testClient(),
      'call-2',
    );
    expect(play).to.deep.equal({ Play: { Url: `${base}/never-read.wav` } });
    expect(ranges).to.deep.equal([]);
    await sleep(150);
    expect(scope.isDone()).to.equal(true);
  });

  it('ignores a call that already ended (404) and reports any other failure', async () => {
    mockApi().delete('/calls/gone').reply(404, {});
    mockApi().delete('/calls/forbidden').reply(403, {});
    const failures: unknown[] = [];
    const client = testClient();
    const collect = (error: unknown) => failures.push(error);
    await WebhookResponse.playAudioAndHangUp(
      { announcement: `${base}/a.wav`, durationMs: 0 },
      client,
      'gone',
      0,
      collect,
    );
    await WebhookResponse.playAudioAndHangUp(
      { announcement: `${base}/a.wav`, durationMs: 0 },
      client,
      'forbidden',
      0,
      collect,
    );
    await sleep(150);
    expect(failures).to.have.length(1);
    expect((failures[0] as Error).name).to.equal('PermissionError');
  });

  it('refuses bad input before any timer or request, naming the field', async () => {
    const client = testClient();
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => WebhookResponse.playAudioAndHangUp({ announcement: `${base}/missing.wav` }, client, 'c'), 'announcement'],
      [() => WebhookResponse.playAudioAndHangUp({ announcement: `${base}/page.html` }, client, 'c'), 'announcement'],
      [
        () => WebhookResponse.playAudioAndHangUp({ announcement: `${base}/a\t.wav`, durationMs: 1 }, client, 'c'),
        'announcement',
      ],
      [
        () => WebhookResponse.playAudioAndHangUp({ announcement: `${base}/a.wav`, durationMs: 1 }, client, ''),
        'callId',
      ],
      [
        () => WebhookResponse.playAudioAndHangUp({ announcement: `${base}/a.wav`, durationMs: -1 }, client, 'c'),
        'durationMs',
      ],
      [
        () => WebhookResponse.playAudioAndHangUp({ announcement: `${base}/a.wav`, durationMs: 1 }, client, 'c', -5),
        'timeout',
      ],
      [
        () =>
          WebhookResponse.playAudioAndTransfer(
            { announcement: `${base}/a.wav`, durationMs: 1 },
            { attended: 'no' as unknown as boolean, phoneNumber: '+4921100000000' },
            client,
            'c',
          ),
        'transferOptions.attended',
      ],
      [
        () =>
          WebhookResponse.playAudioAndTransfer(
            { announcement: `${base}/a.wav`, durationMs: 1 },
            { attended: true, phoneNumber: '+4921100000000', callerId: 'nobody' },
            client,
            'c',
          ),
        'transferOptions.callerId',
      ],
    ];
    for (const [call, field] of cases) {
      const error = await rejection(call());
      expect(error, field).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal(field);
    }
    await sleep(30);
    expect(recordedRequests()).to.deep.equal([]);
  });

  it('checkAnnouncementAudio: the opt-in format check, from the header alone', async () => {
    expect(await checkAnnouncementAudio(`${base}/long.wav`)).to.deep.equal({
      isValid: true,
      metadata: {
        container: 'WAVE',
        codec: 'PCM',
        bitsPerSample: 16,
        sampleRate: 8000,
        numberOfChannels: 1,
        duration: 0.06,
      },
    });
    const cd = await checkAnnouncementAudio(`${base}/cd.wav`);
    expect(cd.isValid).to.equal(false);
    expect(cd.metadata).to.include({ sampleRate: 44_100, numberOfChannels: 2, duration: 1 });
    expect(ranges).to.deep.equal(['bytes=0-4095', 'bytes=0-4095']);
    const error = await rejection(checkAnnouncementAudio(`${base}/page.html`));
    expect((error as ValidationError).field).to.equal('announcement');
  });
});
