/**
 * The play length of a WAV announcement, read from its header alone: playAudioAndHangUp and
 * playAudioAndTransfer act when the announcement ends. Only the first bytes are requested (a
 * Range request, and reading stops there), never the whole file. Web globals only (fetch).
 */
import { ValidationError } from '../core/errors';

const HEADER_BYTES = 4096;
const READ_TIMEOUT_MS = 10_000;

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
}

/** Milliseconds of audio described by a RIFF/WAVE header, or undefined when the bytes are no such header. */
export function wavDurationMs(header: Uint8Array): number | undefined {
  if (header.length < 12 || fourCC(header, 0) !== 'RIFF' || fourCC(header, 8) !== 'WAVE') return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  let byteRate: number | undefined;
  for (let offset = 12; offset + 8 <= header.length;) {
    const id = fourCC(header, offset);
    const size = view.getUint32(offset + 4, true);
    // fmt chunk: format (2), channels (2), sample rate (4), then the byte rate (4).
    if (id === 'fmt ' && offset + 20 <= header.length) byteRate = view.getUint32(offset + 16, true);
    if (id === 'data') return byteRate ? Math.round((size / byteRate) * 1000) : undefined;
    offset += 8 + size + (size & 1);
  }
  return undefined;
}

async function readHead(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const head = new Uint8Array(limit);
  let filled = 0;
  while (filled < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.byteLength, limit - filled);
    head.set(value.subarray(0, take), filled);
    filled += take;
  }
  await reader.cancel().catch(() => undefined);
  return head.subarray(0, filled);
}

/** Reads the announcement's header and returns its length; a ValidationError names `announcement` otherwise. */
export async function fetchWavDurationMs(url: string): Promise<number> {
  let head: Uint8Array;
  try {
    const response = await fetch(url, {
      headers: { range: `bytes=0-${HEADER_BYTES - 1}` },
      signal: AbortSignal.timeout(READ_TIMEOUT_MS),
    });
    if (!response.ok || response.body === null) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`HTTP ${response.status}`);
    }
    head = await readHead(response.body, HEADER_BYTES);
  } catch (error) {
    throw new ValidationError('announcement', 'announcement could not be read to learn its duration', {
      cause: error,
    });
  }
  const duration = wavDurationMs(head);
  if (duration === undefined) {
    throw new ValidationError(
      'announcement',
      'announcement is not a WAV file whose duration its header states (pass durationMs to skip reading it)',
    );
  }
  return duration;
}
