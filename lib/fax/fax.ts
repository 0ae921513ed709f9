/** Fax: send a PDF, follow its status through the history, list fax lines, resend. */
import type { SipgateIOClient } from '../core';
import { bytesToBase64 } from '../core/base64';
import { ValidationError } from '../core/errors';
import { apiPath } from '../core/path';
import { moduleRequests, requestConfig } from '../core/request-options';
import {
  normalizePhoneNumber,
  requireObject,
  requireString,
  validateExtension,
  validateWebuserId,
} from '../core/validators';
import type {
  FaxDTO,
  Faxline,
  FaxlinesResponse,
  FaxModule,
  FaxRequestOptions,
  FaxStatus,
  SendFaxSessionResponse,
} from './fax.types';
import { validatePdf } from './validators';

const SEND_ERRORS = {
  402: 'Insufficient funds to send the fax',
  403: 'The fax line cannot be used: it does not exist, cannot send, or the token lacks the sessions:fax:write scope',
  407: 'Invalid recipient fax number',
};
const FAXLINE_ERRORS = { 403: 'Fax is not booked for this account, or the token lacks the faxlines:read scope' };

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** `Fax_yyyyMMdd_HHmm` in UTC, the official package's default name (snapshot tests compare it). */
export function defaultFaxFilename(now = new Date()): string {
  const date = `${now.getUTCFullYear()}${twoDigits(now.getUTCMonth() + 1)}${twoDigits(now.getUTCDate())}`;
  return `Fax_${date}_${twoDigits(now.getUTCHours())}${twoDigits(now.getUTCMinutes())}`;
}

export function createFaxModule(client: SipgateIOClient): FaxModule {
  const send = moduleRequests(client, SEND_ERRORS);
  const lines = moduleRequests(client, FAXLINE_ERRORS);
  const status = moduleRequests(client, { 404: 'Fax was not found' });

  async function getFaxlinesByWebUser(webuserId: string, options?: FaxRequestOptions): Promise<Faxline[]> {
    validateWebuserId(webuserId);
    const response = await lines.get<FaxlinesResponse>(apiPath`/${{ webuserId }}/faxlines`, options);
    return response?.items ?? [];
  }

  async function getFaxlines(options?: FaxRequestOptions): Promise<Faxline[]> {
    requestConfig(options);
    return getFaxlinesByWebUser(await client.getAuthenticatedWebuserId(), options);
  }

  async function defaultFaxline(options?: FaxRequestOptions): Promise<string> {
    const line = (await getFaxlines(options)).find((candidate) => candidate.canSend);
    if (!line) throw new ValidationError('faxlineId', 'no fax line of this user can send; pass faxlineId explicitly');
    return line.id;
  }

  return {
    async send(fax, options): Promise<SendFaxSessionResponse> {
      requireObject(fax, 'fax', 'an object with to and fileContent');
      requestConfig(options);
      const recipient = normalizePhoneNumber(fax.to, 'to');
      const bytes = validatePdf(fax.fileContent);
      const filename = fax.filename === undefined ? defaultFaxFilename() : requireString(fax.filename, 'filename');
      const faxlineId =
        fax.faxlineId === undefined
          ? await defaultFaxline(options)
          : validateExtension(fax.faxlineId, 'faxlineId', ['f']);
      const dto: FaxDTO = { faxlineId, recipient, filename, base64Content: bytesToBase64(bytes) };
      return send.post<SendFaxSessionResponse>('/sessions/fax', dto, options);
    },

    async getFaxStatus(sessionId, options): Promise<FaxStatus> {
      requireString(sessionId, 'sessionId');
      const entry = await status.get<{ type?: string; faxStatusType?: FaxStatus }>(
        apiPath`/history/${{ sessionId }}`,
        options,
      );
      if (entry?.type !== 'FAX' || entry.faxStatusType === undefined) {
        throw new ValidationError('sessionId', `history entry ${sessionId} is not a fax`);
      }
      return entry.faxStatusType;
    },

    getFaxlines,
    getFaxlinesByWebUser,

    async resend(fax, options): Promise<void> {
      requireObject(fax, 'fax', 'an object with faxId');
      const faxId = requireString(fax.faxId, 'faxId');
      const faxlineId = fax.faxlineId === undefined ? undefined : validateExtension(fax.faxlineId, 'faxlineId', ['f']);
      await send.post<void>('/sessions/fax/resend', { faxId, faxlineId }, options, {
        errorMessages: { 404: 'Fax was not found' },
      });
    },
  };
}
