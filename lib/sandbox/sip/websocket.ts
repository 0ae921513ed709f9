/**
 * A small RFC 6455 WebSocket server side for SIP over WebSocket (RFC 7118): the handshake on an HTTP
 * `upgrade`, text/binary messages (fragmented or not) up to a size limit, ping/pong and the close handshake.
 * Framing violations close the socket with the matching close code; nothing here throws into the server.
 */
import { createHash } from 'crypto';
import type { IncomingMessage } from 'http';
import type { Duplex } from 'stream';
import { CLOSE, encodeFrame, FrameDecoder, FrameError, OPCODE } from './websocket-frames';

const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CLOSE_TIMEOUT_MS = 2000;

export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + HANDSHAKE_GUID)
    .digest('base64');
}

/** Writes a plain HTTP error on a socket that asked to upgrade, then closes it. */
export function refuseUpgrade(
  socket: Duplex,
  status: number,
  reason: string,
  extra: Record<string, string> = {},
): void {
  const headers = Object.entries({ Connection: 'close', 'Content-Length': '0', ...extra })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n`);
}

/**
 * Checks a WebSocket upgrade request asking for `subprotocol`. Returns the handshake answer, or the HTTP
 * status and reason to refuse it with.
 */
export function checkUpgrade(
  req: IncomingMessage,
  subprotocol: string,
): { ok: true; response: string } | { ok: false; status: number; reason: string; headers?: Record<string, string> } {
  const header = (name: string) => {
    const value = req.headers[name];
    return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
  };
  if (req.method !== 'GET') return { ok: false, status: 405, reason: 'Method Not Allowed' };
  if (header('upgrade').toLowerCase() !== 'websocket') return { ok: false, status: 400, reason: 'Bad Request' };
  if (header('sec-websocket-version') !== '13')
    return { ok: false, status: 426, reason: 'Upgrade Required', headers: { 'Sec-WebSocket-Version': '13' } };
  const key = header('sec-websocket-key');
  if (!/^[A-Za-z0-9+/]{22}==$/.test(key)) return { ok: false, status: 400, reason: 'Bad Request' };
  const offered = header('sec-websocket-protocol')
    .split(',')
    .map((p) => p.trim().toLowerCase());
  if (!offered.includes(subprotocol)) return { ok: false, status: 400, reason: 'Bad Request' };
  const response =
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${acceptKey(key)}\r\nSec-WebSocket-Protocol: ${subprotocol}\r\n\r\n`;
  return { ok: true, response };
}

export interface WebSocketHandlers {
  message(text: string): void;
  close(code: number): void;
}

/** The server end of one accepted WebSocket. */
export class WebSocketConnection {
  private readonly decoder: FrameDecoder;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private fragments: Buffer[] = [];
  private fragmentBytes = 0;
  private closed = false;
  private closing = false;

  constructor(
    private readonly socket: Duplex,
    private readonly handlers: WebSocketHandlers,
    private readonly maxMessageBytes: number,
  ) {
    this.decoder = new FrameDecoder(maxMessageBytes, true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => this.finish(CLOSE.goingAway));
    socket.on('close', () => this.finish(CLOSE.goingAway));
    // The peer went away without a close frame: no half-open sockets.
    socket.on('end', () => {
      this.finish(CLOSE.goingAway);
      socket.destroy();
    });
  }

  get isOpen(): boolean {
    return !this.closed && !this.closing;
  }

  send(text: string): void {
    if (!this.isOpen) return;
    this.socket.write(encodeFrame(OPCODE.text, Buffer.from(text, 'utf8')));
  }

  /** Starts the close handshake; the socket is destroyed if the peer does not answer in time. */
  close(code: number = CLOSE.normal, reason = ''): void {
    if (this.closed || this.closing) return;
    this.closing = true;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    this.socket.write(encodeFrame(OPCODE.close, payload.subarray(0, 125)));
    this.socket.end();
    setTimeout(() => this.socket.destroy(), CLOSE_TIMEOUT_MS).unref();
    this.finish(code);
  }

  private finish(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.handlers.close(code);
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    try {
      for (const frame of this.decoder.push(chunk)) {
        if (this.closed) return;
        this.handleFrame(frame.opcode, frame.fin, frame.payload);
      }
    } catch (error) {
      this.close(error instanceof FrameError ? error.code : CLOSE.internal, 'bad frame');
    }
  }

  private handleFrame(opcode: number, fin: boolean, payload: Buffer): void {
    switch (opcode) {
      case OPCODE.ping:
        this.socket.write(encodeFrame(OPCODE.pong, payload));
        return;
      case OPCODE.pong:
        return;
      case OPCODE.close:
        this.close(CLOSE.normal);
        return;
      case OPCODE.text:
      case OPCODE.binary:
        if (this.fragments.length > 0) throw new FrameError(CLOSE.protocolError, 'expected a continuation');
        return this.collect(payload, fin);
      case OPCODE.continuation:
        if (this.fragments.length === 0) throw new FrameError(CLOSE.protocolError, 'unexpected continuation');
        return this.collect(payload, fin);
      default:
        throw new FrameError(CLOSE.protocolError, 'unknown opcode');
    }
  }

  private collect(payload: Buffer, fin: boolean): void {
    this.fragmentBytes += payload.length;
    if (this.fragmentBytes > this.maxMessageBytes) throw new FrameError(CLOSE.tooBig, 'message too large');
    this.fragments.push(payload);
    if (!fin) return;
    const whole = this.fragments.length === 1 ? this.fragments[0] : Buffer.concat(this.fragments);
    this.fragments = [];
    this.fragmentBytes = 0;
    let text: string;
    try {
      text = this.utf8.decode(whole);
    } catch {
      throw new FrameError(CLOSE.invalidData, 'not UTF-8');
    }
    this.handlers.message(text);
  }
}
