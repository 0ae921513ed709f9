/**
 * `sipgate-io-sdk/softphone`: a browser phone for sipgate VoIP devices (SIP over WebSocket, WebRTC audio).
 * JsSIP is an optional peer dependency, loaded when the first softphone is created.
 */
export { createSoftphone, Softphone, type SoftphoneEvents, type SoftphoneOptions } from './softphone';
export { SoftphoneCall, type CallEvents, type CallState } from './call';
export type { CallEnd } from './causes';
export type { CallStats } from './stats';
export type { RejectReason } from './validators';
export {
  SoftphoneRegistrationError,
  SoftphoneCallError,
  MicrophonePermissionError,
  type CallFailureCause,
} from './errors';
export { HangUpCause } from '../webhook/types';
export type { DeviceCredentials } from '../devices/devices.types';
