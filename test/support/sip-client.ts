/**
 * A minimal SIP-over-WebSocket test party for Node (Node 20 has no WebSocket client without a flag): the
 * handshake over node:http, masked frames from the sandbox's own codec, and helpers that build SIP requests
 * and answer digest challenges. Enough to drive the sandbox's registrar and proxy without a browser.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { encodeFrame, FrameDecoder, OPCODE } from '../../lib/sandbox/sip/websocket-frames';
import { getHeader, parseMessage, type SipMessage } from '../../lib/sandbox/sip/message';
import { parseDigest } from '../../lib/sandbox/sip/digest';

export interface Received {
  text: string;
  message?: SipMessage;
}

export class WsTestClient {
  readonly received: Received[] = [];
  closeCode?: number;
  closed = false;
  private waiters: Array<() => void> = [];
  private readonly decoder = new FrameDecoder(1 << 20, false);

  constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.decoder.push(chunk)) {
        if (frame.opcode === OPCODE.close) {
          this.closeCode = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
          this.closed = true;
        } else if (frame.opcode === OPCODE.text || frame.opcode === OPCODE.binary) {
          const text = frame.payload.toString('utf8');
          let message: SipMessage | undefined;
          try {
            message = parseMessage(text);
          } catch {
            message = undefined;
          }
          this.received.push({ text, message });
        }
      }
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  sendRaw(payload: Buffer, opcode: number = OPCODE.text, fin = true): void {
    this.socket.write(encodeFrame(opcode, payload, randomBytes(4), fin));
  }

  send(text: string): void {
    this.sendRaw(Buffer.from(text, 'utf8'));
  }

  /** Waits for the next SIP message matching `predicate` that arrived after index `from`. */
  async next(predicate: (m: SipMessage) => boolean = () => true, timeoutMs = 3000): Promise<SipMessage> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < this.received.length; seen++) {
        const message = this.received[seen].message;
        if (message && predicate(message)) {
          this.received.splice(seen, 1);
          return message;
        }
      }
      if (this.closed) throw new Error(`socket closed (code ${this.closeCode}) while waiting for a SIP message`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a SIP message');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async waitClosed(timeoutMs = 3000): Promise<number | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (!this.closed) throw new Error('socket still open');
    return this.closeCode;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Opens ws://…/sip with the `sip` subprotocol; rejects with the HTTP status when the upgrade is refused. */
export function connectWs(url: string, protocol = 'sip', headers: Record<string, string> = {}): Promise<WsTestClient> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Protocol': protocol,
        ...headers,
      },
    });
    req.on('upgrade', (response, socket) => {
      if (response.headers['sec-websocket-protocol'] !== 'sip') reject(new Error('no sip subprotocol'));
      else resolve(new WsTestClient(socket as Socket));
    });
    req.on('response', (response) => {
      response.resume();
      reject(Object.assign(new Error(`upgrade refused: ${response.statusCode}`), { status: response.statusCode }));
    });
    req.on('error', reject);
    req.end();
  });
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** The Authorization value answering a challenge (qop=auth when offered). */
export function digestAnswer(
  challenge: string,
  method: string,
  uri: string,
  username: string,
  password: string,
): string {
  const params = parseDigest(challenge);
  if (!params) throw new Error(`not a digest challenge: ${challenge}`);
  const { realm, nonce } = params;
  const ha1 = md5(`${username}:${realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  if (params.qop) {
    const cnonce = randomBytes(8).toString('hex');
    const nc = '00000001';
    const response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`);
    return `Digest username="${username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=${nc}, cnonce="${cnonce}"`;
  }
  const response = md5(`${ha1}:${nonce}:${ha2}`);
  return `Digest username="${username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5`;
}

let counter = 0;

/** A SIP request with the mandatory headers; `headers` are added as given (name: value lines). */
export function sipRequest(
  method: string,
  uri: string,
  options: {
    from: string;
    to: string;
    callId?: string;
    cseq?: number;
    branch?: string;
    headers?: string[];
    body?: string;
    toTag?: string;
  },
): string {
  counter++;
  const branch = options.branch ?? `z9hG4bK${randomBytes(6).toString('hex')}`;
  const body = options.body ?? '';
  return [
    `${method} ${uri} SIP/2.0`,
    `Via: SIP/2.0/WSS test${counter}.invalid;branch=${branch}`,
    'Max-Forwards: 70',
    `From: <${options.from}>;tag=ft${counter}`,
    `To: <${options.to}>${options.toTag ? `;tag=${options.toTag}` : ''}`,
    `Call-ID: ${options.callId ?? randomBytes(8).toString('hex')}`,
    `CSeq: ${options.cseq ?? 1} ${method}`,
    ...(options.headers ?? []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

/** Registers `username` from this connection (REGISTER, 401, REGISTER with digest, 200) and returns the 200. */
export async function register(
  client: WsTestClient,
  username: string,
  password: string,
  options: { contactUser?: string; expires?: number; callId?: string } = {},
): Promise<SipMessage> {
  const aor = `sip:${username}@sipgate.de`;
  const callId = options.callId ?? randomBytes(8).toString('hex');
  const contact = `Contact: <sip:${options.contactUser ?? username}@client.invalid;transport=ws>;expires=${options.expires ?? 300}`;
  client.send(sipRequest('REGISTER', 'sip:sipgate.de', { from: aor, to: aor, callId, cseq: 1, headers: [contact] }));
  const challenge = await client.next((m) => getHeader(m, 'call-id') === callId);
  if (challenge.status !== 401) return challenge;
  const authorization = digestAnswer(
    getHeader(challenge, 'www-authenticate') ?? '',
    'REGISTER',
    'sip:sipgate.de',
    username,
    password,
  );
  client.send(
    sipRequest('REGISTER', 'sip:sipgate.de', {
      from: aor,
      to: aor,
      callId,
      cseq: 2,
      headers: [contact, `Authorization: ${authorization}`],
    }),
  );
  return client.next((m) => getHeader(m, 'call-id') === callId && (getHeader(m, 'cseq') ?? '').startsWith('2 '));
}

/** A phone's response to a request it received: Via, From, To (with `toTag`), Call-ID, CSeq copied. */
export function sipResponse(
  request: SipMessage,
  status: number,
  reason: string,
  options: { toTag?: string; contact?: string; body?: string } = {},
): string {
  const body = options.body ?? '';
  const to = getHeader(request, 'to') ?? '';
  return [
    `SIP/2.0 ${status} ${reason}`,
    ...request.headers
      .filter(([name]) => name === 'via' || name === 'record-route')
      .map(([n, v]) => `${n === 'via' ? 'Via' : 'Record-Route'}: ${v}`),
    `From: ${getHeader(request, 'from')}`,
    `To: ${options.toTag && !/;tag=/.test(to) ? `${to};tag=${options.toTag}` : to}`,
    `Call-ID: ${getHeader(request, 'call-id')}`,
    `CSeq: ${getHeader(request, 'cseq')}`,
    ...(options.contact ? [`Contact: <${options.contact}>`] : []),
    ...(body ? ['Content-Type: application/sdp'] : []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

/** An audio offer shaped like a browser's (opus, a mid, BUNDLE), enough for the sandbox to answer. */
export const BROWSER_LIKE_OFFER = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 0',
  'c=IN IP4 0.0.0.0',
  'a=ice-ufrag:abcd',
  'a=ice-pwd:abcdefghijklmnopqrstuvwx',
  'a=setup:actpass',
  'a=mid:0',
  'a=sendrecv',
  'a=rtcp-mux',
  'a=rtpmap:111 opus/48000/2',
  'a=rtpmap:0 PCMU/8000',
  '',
].join('\r\n');
