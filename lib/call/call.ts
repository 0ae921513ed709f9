/** Click-to-dial: the caller's device rings first; once picked up, the callee is dialled. */
import type { SipgateIOClient } from '../core';
import { moduleRequests } from '../core/request-options';
import type { CallModule, InitiateNewCallSessionResponse } from './call.types';
import { validateCallData } from './validators';

const CALL_ERRORS = {
  400: 'Invalid call data: the API rejected the caller or callee number, or needs a deviceId for a phone number caller',
  402: 'Insufficient funds to start the call',
  403: 'Not allowed to start this call: the caller or device extension is unknown or not yours, or the token lacks the sessions:calls:write scope',
};

export function createCallModule(client: SipgateIOClient): CallModule {
  const api = moduleRequests(client, CALL_ERRORS);
  return {
    async initiate(callData, options): Promise<InitiateNewCallSessionResponse> {
      const dto = validateCallData(callData);
      return api.post<InitiateNewCallSessionResponse>('/sessions/calls', dto, options);
    },
  };
}
