export { createSMSModule } from './sms';
export { SmsSenderRestoreError } from './errors';
export type {
  ShortMessage,
  ShortMessageDTO,
  SmsExtension,
  SmsSenderId,
  SmsRequestOptions,
  SMSModule,
} from './sms.types';
