/**
 * SMS: send now or scheduled, from an SMS extension or from a verified sender
 * number. The API has no per-message sender, so sending "from" a number makes
 * it the extension's default sender for that one request. Such sends hold the
 * client's SMS queue exclusively (plain sends share it, so none of them goes out
 * while another send has the default switched), and the previous default is
 * restored even when sending fails or is aborted.
 */
import type { SipgateIOClient } from '../core';
import { SipgateIOError, ValidationError } from '../core/errors';
import { apiPath } from '../core/path';
import { moduleRequests, requestConfig } from '../core/request-options';
import { serialQueueFor } from '../core/serial-queue';
import { isPhoneNumber, normalizePhoneNumber, validateExtension, validateWebuserId } from '../core/validators';
import { SmsSenderRestoreError } from './errors';
import { withSenderLock, type SenderLock } from './sender-lock';
import type {
  ShortMessage,
  ShortMessageDTO,
  SMSModule,
  SmsExtension,
  SmsRequestOptions,
  SmsSenderId,
} from './sms.types';
import { validateSendAt, validateShortMessage } from './validators';

const SEND_ERRORS = {
  402: 'Insufficient funds to send the SMS',
  403: 'The SMS extension cannot be used: it does not exist, belongs to someone else, or the token lacks the sessions:sms:write scope',
};
const LOOKUP_ERRORS = {
  403: 'Cannot read the SMS extensions or their sender numbers: SMS is not available to this user, or the token lacks the sms:read scope',
};
const SWITCH_ERRORS = {
  403: 'Cannot change the default SMS sender number: the token lacks the sms:write or sms:callerid:write scope',
};

interface SenderChoice {
  smsId: string;
  sender: SmsSenderId;
  /** The extension's default sender before the switch; none means the neutral "sipgate" sender. */
  previous?: SmsSenderId;
}

const samePhoneNumber = (listed: string, wanted: string): boolean =>
  (isPhoneNumber(listed) ? normalizePhoneNumber(listed) : listed) === wanted;

export interface SMSModuleOptions {
  /**
   * Makes sends from a phone number safe across processes (see SenderLock): every send of this module holds
   * it. Without one, sends are ordered within this client only.
   */
  senderLock?: SenderLock;
}

export function createSMSModule(client: SipgateIOClient, moduleOptions: SMSModuleOptions = {}): SMSModule {
  const lock = moduleOptions.senderLock;
  // Keyed by the client: every SMS module over this client (and thus this account) shares it.
  const queue = serialQueueFor(client, 'sms-default-sender');
  const sending = moduleRequests(client, SEND_ERRORS);
  const lookup = moduleRequests(client, LOOKUP_ERRORS);
  const switching = moduleRequests(client, SWITCH_ERRORS);

  async function getSmsExtensions(webuserId: string, options?: SmsRequestOptions): Promise<SmsExtension[]> {
    validateWebuserId(webuserId);
    const response = await lookup.get<{ items: SmsExtension[] }>(apiPath`/${{ webuserId }}/sms`, options);
    return response?.items ?? [];
  }

  async function listCallerIds(webuserId: string, smsId: string, options?: SmsRequestOptions): Promise<SmsSenderId[]> {
    const path = apiPath`/${{ webuserId }}/sms/${{ smsId }}/callerids`;
    const response = await lookup.get<{ items: SmsSenderId[] }>(path, options);
    return response?.items ?? [];
  }

  async function getSmsCallerIds(smsExtensionId: string, options?: SmsRequestOptions): Promise<SmsSenderId[]> {
    validateExtension(smsExtensionId, 'smsId', ['s']);
    requestConfig(options);
    return listCallerIds(await client.getAuthenticatedWebuserId(), smsExtensionId, options);
  }

  /** The SMS extension that lists `from` as a verified sender number, searched in the API's order. */
  async function chooseSender(webuserId: string, from: string, options?: SmsRequestOptions): Promise<SenderChoice> {
    const extensions = await getSmsExtensions(webuserId, options);
    if (extensions.length === 0) {
      throw new ValidationError(
        'from',
        `web user ${webuserId} has no SMS extension, so the SMS cannot be sent from ${from}`,
      );
    }
    let unverifiedIn: string | undefined;
    for (const extension of extensions) {
      const senders = await listCallerIds(webuserId, extension.id, options);
      const sender = senders.find((candidate) => samePhoneNumber(candidate.phonenumber, from));
      if (sender?.verified)
        return { smsId: extension.id, sender, previous: senders.find((candidate) => candidate.defaultNumber) };
      if (sender) unverifiedIn ??= extension.id;
    }
    if (unverifiedIn !== undefined) {
      throw new ValidationError(
        'from',
        `${from} is a sender number of SMS extension ${unverifiedIn} but is not verified yet`,
      );
    }
    throw new ValidationError(
      'from',
      `${from} is not a sender number of any SMS extension of web user ${webuserId}; add and verify it first`,
    );
  }

  function post(dto: ShortMessageDTO, options?: SmsRequestOptions): Promise<void> {
    return sending.post<void>('/sessions/sms', dto, options);
  }

  function setDefault(
    webuserId: string,
    smsId: string,
    callerId: number,
    isDefault: boolean,
    options?: SmsRequestOptions,
  ): Promise<void> {
    const path = apiPath`/${{ webuserId }}/sms/${{ smsId }}/callerids/${{ callerId }}`;
    return switching.put<void>(path, { defaultNumber: isDefault }, options);
  }

  async function sendFromNumber(
    from: string,
    message: Omit<ShortMessageDTO, 'smsId'>,
    options?: SmsRequestOptions,
  ): Promise<void> {
    const webuserId = await client.getAuthenticatedWebuserId();
    const { smsId, sender, previous } = await chooseSender(webuserId, from, options);
    const dto: ShortMessageDTO = { smsId, ...message };
    if (previous?.id === sender.id) return post(dto, options);

    let switchRefused = false;
    let sent = false;
    let sendError: unknown;
    try {
      await setDefault(webuserId, smsId, sender.id, true, options).catch((error: unknown) => {
        // A 4xx answer changed nothing. Anything else (abort, timeout, lost answer, 5xx) may have switched it.
        switchRefused = error instanceof SipgateIOError && error.status !== undefined && error.status < 500;
        throw error;
      });
      await post(dto, options);
      sent = true;
    } catch (error) {
      sendError = error;
    }
    if (!switchRefused) {
      try {
        // Without the caller's signal: an abort must not leave the account's default changed.
        const restoreOptions = { timeout: options?.timeout, maxRetries: options?.maxRetries };
        if (previous) await setDefault(webuserId, smsId, previous.id, true, restoreOptions);
        else await setDefault(webuserId, smsId, sender.id, false, restoreOptions);
      } catch (restoreError) {
        throw new SmsSenderRestoreError({ smsId, from, sent, sendError, restoreError });
      }
    }
    if (!sent) throw sendError;
  }

  async function send(sms: ShortMessage, sendAt?: Date, options?: SmsRequestOptions): Promise<void> {
    const checked = validateShortMessage(sms);
    requestConfig(options);
    const sendAtSeconds = sendAt === undefined ? undefined : validateSendAt(sendAt);
    const base = { recipient: checked.to, message: checked.message, sendAt: sendAtSeconds };
    if (checked.smsId !== undefined) {
      const dto: ShortMessageDTO = { smsId: checked.smsId, ...base };
      return queue.runShared(() => withSenderLock(lock, options?.signal, () => post(dto, options)));
    }
    const from = checked.from as string;
    return queue.run(() => withSenderLock(lock, options?.signal, () => sendFromNumber(from, base, options)));
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
