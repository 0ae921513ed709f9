/**
 * SMS: send now or scheduled, from an SMS extension or from a verified sender
 * number. The API has no per-message sender, so sending "from" a number makes
 * it the extension's default sender for that one request: such sends run one at
 * a time per client, and the previous default is restored even when sending fails.
 */
import type { SipgateIOClient } from '../core';
import { ValidationError } from '../core/errors';
import { apiPath } from '../core/path';
import { createSerialQueue } from '../core/serial-queue';
import { validateExtension, validateWebuserId } from '../core/validators';
import type { ShortMessageDTO, SMSModule, SmsExtension, SmsRequestOptions, SmsSenderId, ShortMessage } from './sms.types';
import { validateSendAt, validateShortMessage, type CheckedShortMessage } from './validators';

const SMS_ERRORS = {
  402: 'Insufficient funds to send the SMS',
  403: 'The SMS extension cannot be used: it does not exist, belongs to someone else, or the token lacks the sessions:sms:write scope',
};

export function createSMSModule(client: SipgateIOClient): SMSModule {
  const senderSwitches = createSerialQueue();

  async function getSmsExtensions(webuserId: string, options?: SmsRequestOptions): Promise<SmsExtension[]> {
    validateWebuserId(webuserId);
    const response = await client.get<{ items: SmsExtension[] }>(apiPath`/${webuserId}/sms`, { signal: options?.signal });
    return response?.items ?? [];
  }

  async function getSmsCallerIds(smsExtensionId: string, options?: SmsRequestOptions): Promise<SmsSenderId[]> {
    validateExtension(smsExtensionId, 'smsId', ['s']);
    const webuserId = await client.getAuthenticatedWebuserId();
    const response = await client.get<{ items: SmsSenderId[] }>(apiPath`/${webuserId}/sms/${smsExtensionId}/callerids`, {
      signal: options?.signal,
    });
    return response?.items ?? [];
  }

  function post(dto: ShortMessageDTO, options?: SmsRequestOptions): Promise<void> {
    return client.post<void>('/sessions/sms', dto, { signal: options?.signal, errorMessages: SMS_ERRORS });
  }

  function setDefaultSender(webuserId: string, smsId: string, callerId: number, signal?: AbortSignal): Promise<void> {
    return client.put<void>(apiPath`/${webuserId}/sms/${smsId}/callerids/${callerId}`, { defaultNumber: true }, { signal });
  }

  async function sendFromNumber(sms: CheckedShortMessage & { from: string }, sendAt: number | undefined, options?: SmsRequestOptions) {
    const webuserId = await client.getAuthenticatedWebuserId();
    const [extension] = await getSmsExtensions(webuserId, options);
    if (!extension) {
      throw new ValidationError('from', `web user ${webuserId} has no SMS extension, so no sender number can be chosen`);
    }
    const senders = await getSmsCallerIds(extension.id, options);
    const sender = senders.find((candidate) => candidate.phonenumber === sms.from);
    if (!sender || !sender.verified) {
      throw new ValidationError('from', `${sms.from} is not a verified sender number of SMS extension ${extension.id}`);
    }
    const dto: ShortMessageDTO = { smsId: extension.id, recipient: sms.to, message: sms.message, sendAt };
    const previous = senders.find((candidate) => candidate.defaultNumber);
    if (previous?.id === sender.id) return post(dto, options);

    await setDefaultSender(webuserId, extension.id, sender.id, options?.signal);
    try {
      await post(dto, options);
    } finally {
      // Restored without the caller's signal: an abort must not leave the account's default changed.
      if (previous) await setDefaultSender(webuserId, extension.id, previous.id);
    }
  }

  async function send(sms: ShortMessage, sendAt?: Date, options?: SmsRequestOptions): Promise<void> {
    const checked = validateShortMessage(sms);
    const sendAtSeconds = sendAt === undefined ? undefined : validateSendAt(sendAt);
    if (checked.smsId !== undefined) {
      return post({ smsId: checked.smsId, recipient: checked.to, message: checked.message, sendAt: sendAtSeconds }, options);
    }
    const fromNumber = { ...checked, from: checked.from as string };
    return senderSwitches.run(() => sendFromNumber(fromNumber, sendAtSeconds, options));
  }

  return {
    send,
    async schedule(sms, sendAt, options) {
      if (sendAt === undefined) throw new ValidationError('sendAt', 'schedule needs a sendAt date');
      return send(sms, sendAt, options);
    },
    getSmsExtensions,
    getSmsCallerIds,
  };
}
