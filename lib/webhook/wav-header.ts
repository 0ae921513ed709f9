/**
 * What a WAV announcement's header says (format, length), read without downloading the audio:
 * one Range request for the first 4 KiB, and reading stops there. playAudioAndHangUp and
 * playAudioAndTransfer need the length; checkAnnouncementAudio is the opt-in format check.
 * Web globals only (fetch).
 */
import { ValidationError } from '../core/errors';

const HEADER_BYTES = 4096;
const READ_TIMEOUT_MS = 10_000;
const CODECS: Record<number, string> = { 1: 'PCM', 3: 'IEEE_FLOAT', 6: 'ALAW', 7: 'MULAW' };

/** The format sipgate plays: 16-bit PCM WAVE, mono, 8 kHz. */
export interface AnnouncementAudioFormat {
  container: 'WAVE';
  codec: string;
  bitsPerSample: number;
  sampleRate: number;
  numberOfChannels: number;
  /** Seconds of audio. */
  duration: number;
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
}

/** The format described by a RIFF/WAVE header, or undefined when the bytes are no such header. */
export function readWavHeader(header: Uint8Array): AnnouncementAudioFormat | undefined {
  if (header.length < 12 || fourCC(header, 0) !== 'RIFF' || fourCC(header, 8) !== 'WAVE') return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  let format: Omit<AnnouncementAudioFormat, 'duration'> | undefined;
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= header.length;) {
    const id = fourCC(header, offset);
    const size = view.getUint32(offset + 4, true);
    // fmt chunk: format (2), channels (2), sample rate (4), byte rate (4), block align (2), bits per sample (2).
    if (id === 'fmt ' && offset + 24 <= header.length) {
      const code = view.getUint16(offset + 8, true);
      format = {
        container: 'WAVE',
        codec: CODECS[code] ?? `format ${code}`,
        numberOfChannels: view.getUint16(offset + 10, true),
        sampleRate: view.getUint32(offset + 12, true),
        bitsPerSample: view.getUint16(offset + 22, true),
      };
      byteRate = view.getUint32(offset + 16, true);
    }
    if (id === 'data') return format && byteRate > 0 ? { ...format, duration: size / byteRate } : undefined;
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

/** Reads the announcement's header; a ValidationError names `announcement` when it is not a readable WAV. */
export async function fetchWavHeader(url: string): Promise<AnnouncementAudioFormat> {
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
    throw new ValidationError('announcement', 'announcement could not be read', { cause: error });
  }
  const format = readWavHeader(head);
  if (format === undefined) {
    throw new ValidationError(
      'announcement',
      'announcement is not a WAV file whose header states its format and length',
    );
  }
  return format;
}

export async function fetchWavDurationMs(url: string): Promise<number> {
  return Math.round((await fetchWavHeader(url)).duration * 1000);
}

/**
 * Opt-in check that an announcement is in the format sipgate plays (16-bit PCM WAVE, mono, 8 kHz), from its
 * header alone. The builder never does this by itself: it would put a download on every webhook answer.
 */
export async function checkAnnouncementAudio(
  url: string,
): Promise<{ isValid: boolean; metadata: AnnouncementAudioFormat }> {
  const metadata = await fetchWavHeader(url);
  const isValid =
    metadata.codec === 'PCM' &&
    metadata.bitsPerSample === 16 &&
    metadata.sampleRate === 8000 &&
    metadata.numberOfChannels === 1;
  return { isValid, metadata };
}
