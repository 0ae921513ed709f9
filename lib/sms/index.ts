export { createSMSModule, type SMSModuleOptions } from './sms';
export { SMS_SENDER_LOCK_KEY, type ReleaseLock, type SenderLock } from './sender-lock';
export { SmsSenderRestoreError } from './errors';
export type {
  ShortMessage,
  ShortMessageDTO,
  SmsExtension,
  SmsSenderId,
  SmsRequestOptions,
  SMSModule,
} from './sms.types';
