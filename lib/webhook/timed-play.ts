/**
 * playAudioAndHangUp / playAudioAndTransfer: answer with <Play>, and when the announcement has
 * ended (plus `timeout` ms) hang the call up or transfer it through the real-time call API.
 */
import { NotFoundError, ValidationError } from '../core/errors';
import type { SipgateIOClient } from '../core/http-types';
import {
  normalizePhoneNumber,
  requireObject,
  requireString,
  validateBoolean,
  validateInteger,
} from '../core/validators';
import { createRTCMModule } from '../rtcm/rtcm';
import type { TransferOptions } from '../rtcm/rtcm.types';
import type { PlayObject, PlayOptions } from './types';
import { fetchWavDurationMs } from './wav-header';
import { announcementUrl } from './xml-values';

/** PlayOptions plus `durationMs`: the announcement's length when known, so its header is not read. */
export type TimedPlayOptions = PlayOptions & { durationMs?: number };

/** Called when the hang-up or transfer fails (a call that already ended is not a failure). */
export type TimedActionErrorHandler = (error: unknown) => void;

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
  const duration = known === undefined ? await fetchWavDurationMs(url) : validateInteger(known, 'durationMs', 0);
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
  requireObject(transferOptions, 'transferOptions', '{ attended: boolean, phoneNumber: string }');
  validateBoolean(transferOptions.attended, 'transferOptions.attended');
  normalizePhoneNumber(transferOptions.phoneNumber, 'transferOptions.phoneNumber');
  return schedule(playOptions, client, callId, timeout, onError, (rtcm) => rtcm.transfer({ callId }, transferOptions));
}
