/**
 * RFC 6455 framing, for the sandbox's SIP-over-WebSocket server and its tests' client: encoding (masked or
 * not) and an incremental decoder that enforces the size limit before buffering a payload.
 */

export const OPCODE = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

/** Close codes of RFC 6455 section 7.4.1 that the server uses. */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  invalidData: 1007,
  policy: 1008,
  tooBig: 1009,
  internal: 1011,
} as const;

export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** A violation of the framing rules; `code` is the close code to answer with. */
export class FrameError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

/** One frame; clients must mask (pass a 4-byte key), servers must not. */
export function encodeFrame(opcode: number, payload: Buffer, mask?: Buffer, fin = true): Buffer {
  const length = payload.length;
  const extended = length < 126 ? 0 : length < 65536 ? 2 : 8;
  const header = Buffer.alloc(2 + extended + (mask ? 4 : 0));
  header[0] = (fin ? 0x80 : 0) | opcode;
  header[1] = (mask ? 0x80 : 0) | (extended === 0 ? length : extended === 2 ? 126 : 127);
  if (extended === 2) header.writeUInt16BE(length, 2);
  if (extended === 8) header.writeBigUInt64BE(BigInt(length), 2);
  if (!mask) return Buffer.concat([header, payload]);
  mask.copy(header, 2 + extended);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([header, masked]);
}

/** Collects bytes and yields whole frames; throws FrameError on a framing violation. */
export class FrameDecoder {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(
    private readonly maxPayload: number,
    private readonly expectMasked: boolean,
  ) {}

  push(chunk: Buffer): Frame[] {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const frames: Frame[] = [];
    for (;;) {
      const frame = this.next();
      if (!frame) return frames;
      frames.push(frame);
    }
  }

  private next(): Frame | undefined {
    const data = this.buffered;
    if (data.length < 2) return undefined;
    const fin = (data[0] & 0x80) !== 0;
    if ((data[0] & 0x70) !== 0) throw new FrameError(CLOSE.protocolError, 'reserved bits set');
    const opcode = data[0] & 0x0f;
    const masked = (data[1] & 0x80) !== 0;
    if (masked !== this.expectMasked)
      throw new FrameError(CLOSE.protocolError, masked ? 'unexpected mask' : 'client frames must be masked');
    let length = data[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (data.length < 4) return undefined;
      length = data.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (data.length < 10) return undefined;
      const big = data.readBigUInt64BE(2);
      if (big > BigInt(this.maxPayload)) throw new FrameError(CLOSE.tooBig, 'frame too large');
      length = Number(big);
      offset = 10;
    }
    if (length > this.maxPayload) throw new FrameError(CLOSE.tooBig, 'frame too large');
    if (opcode >= 8 && (length > 125 || !fin)) throw new FrameError(CLOSE.protocolError, 'bad control frame');
    const maskOffset = offset;
    if (masked) offset += 4;
    if (data.length < offset + length) return undefined;
    const payload = Buffer.from(data.subarray(offset, offset + length));
    if (masked) for (let i = 0; i < length; i++) payload[i] ^= data[maskOffset + (i & 3)];
    this.buffered = data.subarray(offset + length);
    return { fin, opcode, payload };
  }
}
