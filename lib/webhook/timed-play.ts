/**
 * playAudioAndHangUp / playAudioAndTransfer: answer with <Play>, and when the announcement has
 * ended (plus `timeout` ms) hang the call up or transfer it through the real-time call API.
 */
import { NotFoundError, ValidationError } from '../core/errors';
import type { SipgateIOClient } from '../core/http-types';
import { requireObject, requireString, validateInteger } from '../core/validators';
import { createRTCMModule } from '../rtcm/rtcm';
import type { TransferOptions } from '../rtcm/rtcm.types';
import { validateTransferOptions } from '../rtcm/validators';
import type { PlayObject, TimedPlayOptions } from './types';
import { fetchWavDurationMs } from './wav-header';
import { announcementUrl } from './xml-values';

/** Called when the hang-up or transfer fails (a call that already ended is not a failure). */
export type TimedActionErrorHandler = (error: unknown) => void;

/** Announcements are few and answer many calls: their lengths are kept, for a while, so a new upload shows. */
const DURATION_CACHE_SIZE = 32;
const DURATION_CACHE_MS = 5 * 60_000;
const durations = new Map<string, { ms: Promise<number>; until: number }>();

/** The announcement's length from its WAV header, read once per URL (failures are not kept: retried next time). */
export function announcementDurationMs(url: string): Promise<number> {
  const now = Date.now();
  const cached = durations.get(url);
  durations.delete(url);
  if (cached && cached.until > now) {
    durations.set(url, cached); // most recently used last
    return cached.ms;
  }
  const ms = fetchWavDurationMs(url);
  const entry = { ms, until: now + DURATION_CACHE_MS };
  durations.set(url, entry);
  if (durations.size > DURATION_CACHE_SIZE) durations.delete(durations.keys().next().value as string);
  ms.catch(() => {
    if (durations.get(url) === entry) durations.delete(url);
  });
  return ms;
}

/** @internal forgets every cached length (tests). */
export function clearAnnouncementDurations(): void {
  durations.clear();
}

function reportTimedFailure(error: unknown): void {
  // eslint-disable-next-line no-console
  console.error('[sipgate-io webhook] action after the announcement failed:', error);
}

async function schedule(
  playOptions: TimedPlayOptions,
  client: SipgateIOClient,
  callId: string,
  timeout: number | undefined,
  onError: TimedActionErrorHandler,
  action: (rtcm: ReturnType<typeof createRTCMModule>) => Promise<void>,
): Promise<PlayObject> {
  requireObject(playOptions, 'playOptions', '{ announcement: string }');
  const url = announcementUrl(playOptions.announcement);
  requireString(callId, 'callId');
  if (client === null || typeof client !== 'object' || typeof client.post !== 'function') {
    throw new ValidationError('client', 'client must be a sipgate-io client');
  }
  const extra = timeout === undefined ? 0 : validateInteger(timeout, 'timeout', 0);
  const known = playOptions.durationMs;
  const duration = known === undefined ? await announcementDurationMs(url) : validateInteger(known, 'durationMs', 0);
  const rtcm = createRTCMModule(client);
  setTimeout(() => {
    action(rtcm).catch((error: unknown) => {
      // The caller may have hung up before the announcement ended: nothing is left to do then.
      if (!(error instanceof NotFoundError)) onError(error);
    });
  }, duration + extra);
  return { Play: { Url: url } };
}

export async function playAudioAndHangUp(
  playOptions: TimedPlayOptions,
  client: SipgateIOClient,
  callId: string,
  timeout?: number,
  onError: TimedActionErrorHandler = reportTimedFailure,
): Promise<PlayObject> {
  return schedule(playOptions, client, callId, timeout, onError, (rtcm) => rtcm.hangUp({ callId }));
}

export async function playAudioAndTransfer(
  playOptions: TimedPlayOptions,
  transferOptions: TransferOptions,
  client: SipgateIOClient,
  callId: string,
  timeout?: number,
  onError: TimedActionErrorHandler = reportTimedFailure,
): Promise<PlayObject> {
  // Checked now, not when the timer fires: a mistake belongs to the handler that made it.
  const transfer = validateTransferOptions(transferOptions);
  return schedule(playOptions, client, callId, timeout, onError, (rtcm) => rtcm.transfer({ callId }, transfer));
}
