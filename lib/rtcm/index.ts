export { createRTCMModule } from './rtcm';
export type { GenericCall, Participant, RecordOptions, RTCMCall, RTCMModule, RTCMRequestOptions, TransferOptions } from './rtcm.types';
