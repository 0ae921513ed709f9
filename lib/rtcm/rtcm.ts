/** Real-time call manipulation of established calls (`/calls/{callId}/…`). */
import type { SipgateIOClient } from '../core';
import { apiPath } from '../core/path';
import { moduleRequests } from '../core/request-options';
import { normalizeDtmf, requireObject, validateBoolean, validateHttpUrl } from '../core/validators';
import type { RTCMCallsResponse, RTCMModule } from './rtcm.types';
import { validateCall, validateTransferOptions } from './validators';

const CALL_ERRORS = {
  403: 'Not allowed to list or change calls (the token needs the rtcm:read or rtcm:write scope)',
  404: 'Call could not be found',
  // Documented by sipgate for hold: a ringing call cannot be held yet.
  409: 'The call is not established yet',
};

export function createRTCMModule(client: SipgateIOClient): RTCMModule {
  const api = moduleRequests(client, CALL_ERRORS);

  return {
    async getEstablishedCalls(options) {
      const response = await api.get<Partial<RTCMCallsResponse> | undefined>('/calls', options);
      return response?.data ?? [];
    },
    async mute(call, status, options) {
      const callId = validateCall(call);
      await api.put(
        apiPath`/calls/${{ 'call.callId': callId }}/muted`,
        { value: validateBoolean(status, 'status') },
        options,
      );
    },
    async record(call, recordOptions, options) {
      const callId = validateCall(call);
      requireObject(recordOptions, 'recordOptions', '{ announcement: boolean, value: boolean }');
      const body = {
        announcement: validateBoolean(recordOptions.announcement, 'recordOptions.announcement'),
        value: validateBoolean(recordOptions.value, 'recordOptions.value'),
      };
      await api.put(apiPath`/calls/${{ 'call.callId': callId }}/recording`, body, options);
    },
    async announce(call, announcement, options) {
      const callId = validateCall(call);
      await api.post(
        apiPath`/calls/${{ 'call.callId': callId }}/announcements`,
        { url: validateHttpUrl(announcement, 'announcement') },
        options,
      );
    },
    async transfer(call, transferOptions, options) {
      const callId = validateCall(call);
      const body = validateTransferOptions(transferOptions);
      await api.post(apiPath`/calls/${{ 'call.callId': callId }}/transfer`, body, options);
    },
    async sendDTMF(call, sequence, options) {
      const callId = validateCall(call);
      await api.post(
        apiPath`/calls/${{ 'call.callId': callId }}/dtmf`,
        { sequence: normalizeDtmf(sequence, 'sequence') },
        options,
      );
    },
    async hold(call, status, options) {
      const callId = validateCall(call);
      await api.put(
        apiPath`/calls/${{ 'call.callId': callId }}/hold`,
        { value: validateBoolean(status, 'status') },
        options,
      );
    },
    async hangUp(call, options) {
      const callId = validateCall(call);
      await api.delete(apiPath`/calls/${{ 'call.callId': callId }}`, options);
    },
  };
}
