/**
 * A minimal HTTP/1.1 load generator for the server benchmarks: a fixed set of keep-alive connections, each with
 * one request in flight, that send only while a slice runs. Unlike autocannon, its connections stay open between
 * slices, so slices can be short (contenders alternate many times a round) without each one paying for connection
 * setup on the measured server. Answers are counted by status and framed by Content-Length (the servers measured
 * here always send it).
 */
import { connect, type Socket } from 'node:net';

export interface SliceResult {
  /** Answers with a 2xx status. */
  ok: number;
  /** Answers with another status, and connections that failed mid-request. */
  failed: number;
  /** Round-trip time of each answer, in ms. */
  latencies: number[];
  /** How long the slice ran, in seconds. */
  seconds: number;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);
// Node writes header names as the server spelled them: lower case (ours, bare) or capitalised (express).
const LENGTH_NAMES = [Buffer.from('\r\ncontent-length:'), Buffer.from('\r\nContent-Length:')];

/** The Content-Length of the head that ends at `headEnd` (0 without one). */
function contentLength(data: Buffer, headEnd: number): number {
  for (const name of LENGTH_NAMES) {
    const at = data.indexOf(name);
    if (at === -1 || at > headEnd) continue;
    let value = 0;
    for (let index = at + name.length; index < headEnd; index++) {
      const byte = data[index];
      if (byte >= 48 && byte <= 57) value = value * 10 + byte - 48;
      else if (byte !== 32 || value > 0) break;
    }
    return value;
  }
  return 0;
}

interface SliceState {
  running: boolean;
  /** Requests sent in this slice, and how many it may send. */
  sent: number;
  limit: number;
  result: SliceResult;
}

/** One keep-alive connection with at most one request in flight. */
class Connection {
  private socket: Socket | undefined;
  private pending: Buffer = EMPTY;
  private sentAt = 0;
  private busy = false;
  private onIdle: (() => void) | undefined;

  constructor(
    private readonly port: number,
    private readonly request: Buffer,
    private readonly slice: SliceState,
  ) {}

  /** Opens the socket if the server closed it (keep-alive timeout while other contenders ran). */
  async ensureOpen(): Promise<void> {
    if (this.socket !== undefined && !this.socket.destroyed) return;
    const socket = connect({ port: this.port, host: '127.0.0.1' });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (this.busy) this.settle(false);
    });
    this.socket = socket;
    this.pending = EMPTY;
  }

  send(): void {
    this.slice.sent += 1;
    this.busy = true;
    this.sentAt = performance.now();
    this.socket!.write(this.request);
  }

  /** Resolves once no request is in flight. */
  idle(): Promise<void> {
    return this.busy ? new Promise((resolve) => (this.onIdle = resolve)) : Promise.resolve();
  }

  close(): void {
    this.socket?.destroy();
  }

  private receive(chunk: Buffer): void {
    // Kept lean: this process must outpace the server it measures.
    const data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const headEnd = data.indexOf(HEAD_END);
    const total = headEnd === -1 ? Infinity : headEnd + HEAD_END.length + contentLength(data, headEnd);
    if (data.length < total) {
      this.pending = data;
      return;
    }
    this.pending = data.length === total ? EMPTY : data.subarray(total);
    // "HTTP/1.1 200": the status's first digit is byte 9.
    this.settle(data[9] === 50 /* 2 */);
  }

  private settle(ok: boolean): void {
    this.busy = false;
    const { result } = this.slice;
    if (ok) result.ok += 1;
    else result.failed += 1;
    result.latencies.push(performance.now() - this.sentAt);
    if (
      this.slice.running &&
      this.slice.sent < this.slice.limit &&
      this.socket !== undefined &&
      !this.socket.destroyed
    ) {
      this.send();
    } else {
      const resolve = this.onIdle;
      this.onIdle = undefined;
      resolve?.();
    }
  }
}

/** `connections` keep-alive connections to 127.0.0.1:`port`, all sending the same request bytes. */
export class KeepAliveLoad {
  private readonly slice: SliceState = { running: false, sent: 0, limit: 0, result: emptyResult() };
  private readonly pool: Connection[];

  constructor(port: number, connections: number, request: Buffer) {
    this.pool = Array.from({ length: connections }, () => new Connection(port, request, this.slice));
  }

  /** Opens (or reopens) every connection; call it before measuring, so connection setup is not in the slice. */
  async prepare(): Promise<void> {
    await Promise.all(this.pool.map((connection) => connection.ensureOpen()));
  }

  /**
   * Sends for `ms` (or until `requests` were sent, whichever comes first), then waits for the requests still in
   * flight; their answers count too.
   */
  async run(ms: number, requests = Infinity): Promise<SliceResult> {
    const result = emptyResult();
    Object.assign(this.slice, { result, running: true, sent: 0, limit: requests });
    const started = process.hrtime.bigint();
    for (const connection of this.pool) if (this.slice.sent < requests) connection.send();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise((resolve) => (timer = setTimeout(resolve, ms))),
      Promise.all(this.pool.map((connection) => connection.idle())),
    ]);
    clearTimeout(timer);
    this.slice.running = false;
    await Promise.all(this.pool.map((connection) => connection.idle()));
    result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return result;
  }

  close(): void {
    for (const connection of this.pool) connection.close();
  }
}

function emptyResult(): SliceResult {
  return { ok: 0, failed: 0, latencies: [], seconds: 0 };
}

/** The raw bytes of a POST with the given headers and body. */
export function postRequest(path: string, headers: Record<string, string>, body: string): Buffer {
  const lines = [`POST ${path} HTTP/1.1`, 'host: 127.0.0.1', `content-length: ${Buffer.byteLength(body)}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
