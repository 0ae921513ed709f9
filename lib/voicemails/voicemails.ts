/** Voicemail boxes of the account and of single phone lines. */
import type { SipgateIOClient } from '../core';
import { apiPath } from '../core/path';
import { validateWebuserId } from '../core/validators';
import type { PhonelineVoicemail, Voicemail, VoicemailDetails, VoicemailsModule } from './voicemails.types';
import { validatePhonelineId, validateVoicemailId } from './validators';

const READ_FORBIDDEN = 'Not allowed to read voicemails (missing voicemails:read scope or feature not booked)';

export function createVoicemailsModule(client: SipgateIOClient): VoicemailsModule {
  return {
    async getVoicemails(options) {
      const response = await client.get<{ items?: Voicemail[] }>('/voicemails', {
        signal: options?.signal,
        errorMessages: { 403: READ_FORBIDDEN },
      });
      return response?.items ?? [];
    },

    async getVoicemail(voicemailId, options) {
      validateVoicemailId(voicemailId);
      return client.get<VoicemailDetails>(apiPath`/voicemails/${{ voicemailId }}`, {
        signal: options?.signal,
        errorMessages: { 403: READ_FORBIDDEN, 404: `Voicemail ${voicemailId} not found` },
      });
    },

    async getPhonelineVoicemails(webuserId, phonelineId, options) {
      validateWebuserId(webuserId);
      validatePhonelineId(phonelineId);
      const response = await client.get<{ items?: PhonelineVoicemail[] }>(
        apiPath`/${{ webuserId }}/phonelines/${{ phonelineId }}/voicemails`,
        {
          signal: options?.signal,
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
