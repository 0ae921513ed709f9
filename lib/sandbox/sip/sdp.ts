/**
 * The little SDP (RFC 4566) the sandbox writes itself: the answer of a simulated remote party (a phone line
 * outside the account: it accepts the browser's audio offer but sends no media) and re-offers that put a
 * page on hold (a=sendonly) or take it off hold (a=sendrecv) for the real-time call control.
 */
import { randomBytes } from 'crypto';

export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

const DIRECTION_LINE = /^a=(sendrecv|sendonly|recvonly|inactive)$/;

function lines(sdp: string): string[] {
  return sdp.split(/\r?\n/).filter((line) => line !== '');
}

/** The same session with every media section set to `direction` and the o= version raised. */
export function withDirection(sdp: string, direction: Direction): string {
  const out: string[] = [];
  let inMedia = false;
  let written = false;
  const close = () => {
    if (inMedia && !written) out.push(`a=${direction}`);
  };
  for (const line of lines(sdp)) {
    if (line.startsWith('m=')) {
      close();
      inMedia = true;
      written = false;
    }
    if (DIRECTION_LINE.test(line)) {
      if (!inMedia) continue; // session-level direction: each media section gets its own
      out.push(`a=${direction}`);
      written = true;
      continue;
    }
    out.push(line.startsWith('o=') ? raiseVersion(line) : line);
  }
  close();
  return `${out.join('\r\n')}\r\n`;
}

function raiseVersion(origin: string): string {
  const parts = origin.split(' ');
  const version = Number(parts[2]);
  if (parts.length >= 6 && Number.isSafeInteger(version)) parts[2] = String(version + 1);
  return parts.join(' ');
}

/** The answer a remote party without media of its own gives to a WebRTC audio offer; undefined if none fits. */
export function stubAnswer(offer: string): string | undefined {
  const all = lines(offer);
  const start = all.findIndex((line) => line.startsWith('m=audio '));
  if (start < 0) return undefined;
  const end = all.findIndex((line, i) => i > start && line.startsWith('m='));
  const section = all.slice(start, end < 0 ? undefined : end);
  const opus = section.map((line) => /^a=rtpmap:(\d+) opus\/48000/i.exec(line)?.[1]).find((pt) => pt !== undefined);
  const mid = section.map((line) => /^a=mid:(\S+)$/.exec(line)?.[1]).find((m) => m !== undefined);
  if (opus === undefined || mid === undefined) return undefined;
  const bundled = all.some((line) => line.startsWith('a=group:BUNDLE'));
  const proto = section[0].split(' ')[2] ?? 'UDP/TLS/RTP/SAVPF';
  const fingerprint = [...randomBytes(32)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
  const session = String(Date.now());
  return [
    'v=0',
    `o=sandbox ${session} 1 IN IP4 127.0.0.1`,
    's=sipgate sandbox remote party',
    't=0 0',
    ...(bundled ? [`a=group:BUNDLE ${mid}`] : []),
    `m=audio 9 ${proto} ${opus}`,
    'c=IN IP4 0.0.0.0',
    'a=rtcp:9 IN IP4 0.0.0.0',
    `a=ice-ufrag:${randomBytes(4).toString('hex')}`,
    `a=ice-pwd:${randomBytes(12).toString('hex')}`,
    `a=fingerprint:sha-256 ${fingerprint}`,
    'a=setup:active',
    `a=mid:${mid}`,
    'a=sendrecv',
    'a=rtcp-mux',
    `a=rtpmap:${opus} opus/48000/2`,
    `a=fmtp:${opus} minptime=10;useinbandfec=1`,
    '',
  ].join('\r\n');
}

/** The direction an answerer takes to an offer of `offered` (RFC 3264 6.1). */
export function answerDirection(offered: Direction): Direction {
  if (offered === 'sendonly') return 'recvonly';
  if (offered === 'recvonly') return 'sendonly';
  return offered;
}

/** Direction of the first audio section (sendrecv when not stated). */
export function audioDirection(sdp: string): Direction {
  let inAudio = false;
  let session: Direction = 'sendrecv';
  for (const line of lines(sdp)) {
    if (line.startsWith('m=')) {
      if (inAudio) break;
      inAudio = line.startsWith('m=audio');
      continue;
    }
    const match = DIRECTION_LINE.exec(line);
    if (match && inAudio) return match[1] as Direction;
    if (match) session = match[1] as Direction;
  }
  return session;
}
