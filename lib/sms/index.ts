export { createSMSModule } from './sms';
export type { ShortMessage, ShortMessageDTO, SmsExtension, SmsSenderId, SmsRequestOptions, SMSModule } from './sms.types';
