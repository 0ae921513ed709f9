import type { RequestOptions } from '../core/request-options';

/** Public types of the SMS module (names as in the contract and the official package). */

interface MessageText {
  message: string;
}

interface Recipient {
  /** Recipient phone number (E.164; spaces, dashes and a leading 00 are normalised). */
  to: string;
}

interface FromSmsExtension {
  /** The SMS extension (`s0`, …) to send with; it shows its configured sender. */
  smsId: string;
  from?: undefined;
}

interface FromPhoneNumber {
  /** A verified sender phone number of the account's SMS extension. */
  from: string;
  smsId?: undefined;
}

export type ShortMessage = MessageText & Recipient & (FromSmsExtension | FromPhoneNumber);

/** Body of POST /sessions/sms. */
export interface ShortMessageDTO {
  smsId: string;
  recipient: string;
  message: string;
  /** Unix time in seconds. */
  sendAt?: number;
}

export interface SmsExtension {
  id: string;
  alias: string;
  callerId: string;
}

export interface SmsSenderId {
  id: number;
  phonenumber: string;
  verified: boolean;
  defaultNumber: boolean;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type SmsRequestOptions = RequestOptions;

export interface SMSModule {
  /** Sends now, or at `sendAt` (at most 30 days ahead). */
  send(sms: ShortMessage, sendAt?: Date, options?: SmsRequestOptions): Promise<void>;
  /** Sends at `sendAt`, which must be in the future and at most 30 days ahead. */
  schedule(sms: ShortMessage, sendAt: Date, options?: SmsRequestOptions): Promise<void>;
  /** The SMS extensions of a web user (`GET /{userId}/sms`). */
  getSmsExtensions(webuserId: string, options?: SmsRequestOptions): Promise<SmsExtension[]>;
  /** The sender numbers (caller ids) of an SMS extension of the authenticated user. */
  getSmsCallerIds(smsExtensionId: string, options?: SmsRequestOptions): Promise<SmsSenderId[]>;
}
