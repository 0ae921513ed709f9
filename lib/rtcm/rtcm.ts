/** Real-time call manipulation of established calls (`/calls/{callId}/…`). */
import type { SipgateIOClient } from '../core';
import { apiPath } from '../core/path';
import {
  normalizeDtmf,
  normalizePhoneNumber,
  requireObject,
  validateBoolean,
  validateHttpUrl,
} from '../core/validators';
import type { RTCMCallsResponse, RTCMModule, RTCMRequestOptions } from './rtcm.types';
import { validateCall } from './validators';

const CALL_ERRORS = {
  403: 'Not allowed to list or change calls (the token needs the rtcm:read or rtcm:write scope)',
  404: 'Call could not be found',
  // Documented by sipgate for hold: a ringing call cannot be held yet.
  409: 'The call is not established yet',
};

export function createRTCMModule(client: SipgateIOClient): RTCMModule {
  const config = (options?: RTCMRequestOptions) => ({ signal: options?.signal, errorMessages: CALL_ERRORS });

  return {
    async getEstablishedCalls(options) {
      const response = await client.get<Partial<RTCMCallsResponse> | undefined>('/calls', config(options));
      return response?.data ?? [];
    },
    async mute(call, status, options) {
      const callId = validateCall(call);
      await client.put(
        apiPath`/calls/${{ 'call.callId': callId }}/muted`,
        { value: validateBoolean(status, 'status') },
        config(options),
      );
    },
    async record(call, recordOptions, options) {
      const callId = validateCall(call);
      requireObject(recordOptions, 'recordOptions', '{ announcement: boolean, value: boolean }');
      const body = {
        announcement: validateBoolean(recordOptions.announcement, 'recordOptions.announcement'),
        value: validateBoolean(recordOptions.value, 'recordOptions.value'),
      };
      await client.put(apiPath`/calls/${{ 'call.callId': callId }}/recording`, body, config(options));
    },
    async announce(call, announcement, options) {
      const callId = validateCall(call);
      await client.post(
        apiPath`/calls/${{ 'call.callId': callId }}/announcements`,
        { url: validateHttpUrl(announcement, 'announcement') },
        config(options),
      );
    },
    async transfer(call, transferOptions, options) {
      const callId = validateCall(call);
      requireObject(transferOptions, 'transferOptions', '{ attended: boolean, phoneNumber: string }');
      const body = {
        attended: validateBoolean(transferOptions.attended, 'transferOptions.attended'),
        phoneNumber: normalizePhoneNumber(transferOptions.phoneNumber, 'transferOptions.phoneNumber'),
        callerId:
          transferOptions.callerId === undefined
            ? undefined
            : normalizePhoneNumber(transferOptions.callerId, 'transferOptions.callerId'),
      };
      await client.post(apiPath`/calls/${{ 'call.callId': callId }}/transfer`, body, config(options));
    },
    async sendDTMF(call, sequence, options) {
      const callId = validateCall(call);
      await client.post(
        apiPath`/calls/${{ 'call.callId': callId }}/dtmf`,
        { sequence: normalizeDtmf(sequence, 'sequence') },
        config(options),
      );
    },
    async hold(call, status, options) {
      const callId = validateCall(call);
      await client.put(
        apiPath`/calls/${{ 'call.callId': callId }}/hold`,
        { value: validateBoolean(status, 'status') },
        config(options),
      );
    },
    async hangUp(call, options) {
      const callId = validateCall(call);
      await client.delete(apiPath`/calls/${{ 'call.callId': callId }}`, config(options));
    },
  };
}
