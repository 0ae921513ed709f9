/**
 * The official `sipgateio` package's names where this SDK spells the concept differently, kept so code written
 * for it runs unchanged. The only place such aliases are made; each is the same value or type as its new name.
 */
export { createSMSModule } from './sms';
export type { SMSModule } from './sms';
export { HangUpCause } from './webhook/types';
export type { HangUpEvent } from './webhook/types';
/** The official README's name for HistoryDirection. */
export { HistoryDirection as Direction } from './history';
