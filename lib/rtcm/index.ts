export { createRTCMModule } from './rtcm';
export type {
  GenericCall,
  Participant,
  RecordOptions,
  RTCMCall,
  RTCMCallsResponse,
  RTCMModule,
  RTCMRequestOptions,
  TransferOptions,
} from './rtcm.types';
