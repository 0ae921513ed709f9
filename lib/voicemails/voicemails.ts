/** Voicemail boxes of the account and of single phone lines. */
import type { SipgateIOClient } from '../core';
import { apiPath } from '../core/path';
import { moduleRequests } from '../core/request-options';
import { validateWebuserId } from '../core/validators';
import type { PhonelineVoicemail, Voicemail, VoicemailDetails, VoicemailsModule } from './voicemails.types';
import { validatePhonelineId, validateVoicemailId } from './validators';

const READ_FORBIDDEN = 'Not allowed to read voicemails (missing voicemails:read scope or feature not booked)';

export function createVoicemailsModule(client: SipgateIOClient): VoicemailsModule {
  const api = moduleRequests(client, { 403: READ_FORBIDDEN });
  return {
    async getVoicemails(options) {
      const response = await api.get<{ items?: Voicemail[] }>('/voicemails', options);
      return response?.items ?? [];
    },

    async getVoicemail(voicemailId, options) {
      validateVoicemailId(voicemailId);
      return api.get<VoicemailDetails>(apiPath`/voicemails/${{ voicemailId }}`, options, {
        errorMessages: { 404: `Voicemail ${voicemailId} not found` },
      });
    },

    async getPhonelineVoicemails(webuserId, phonelineId, options) {
      validateWebuserId(webuserId);
      validatePhonelineId(phonelineId);
      const response = await api.get<{ items?: PhonelineVoicemail[] }>(
        apiPath`/${{ webuserId }}/phonelines/${{ phonelineId }}/voicemails`,
        options,
        {
          errorMessages: {
            403: 'Voicemail feature not booked for this phone line (or missing phonelines:voicemails:read scope)',
            404: `Phone line ${phonelineId} of ${webuserId} not found`,
          },
        },
      );
      return response?.items ?? [];
    },
  };
}
