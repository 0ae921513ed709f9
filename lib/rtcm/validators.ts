/** Checks of RTCM input. */
import { normalizePhoneNumber, requireObject, requireString, validateBoolean } from '../core/validators';
import type { GenericCall, TransferOptions } from './rtcm.types';

export function validateCall(call: GenericCall): string {
  requireObject(call, 'call', 'an object with a callId');
  return requireString(call.callId, 'call.callId');
}

/** The body of POST /calls/{callId}/transfer, numbers in E.164. */
export function validateTransferOptions(transferOptions: TransferOptions): TransferOptions {
  requireObject(transferOptions, 'transferOptions', '{ attended: boolean, phoneNumber: string }');
  return {
    attended: validateBoolean(transferOptions.attended, 'transferOptions.attended'),
    phoneNumber: normalizePhoneNumber(transferOptions.phoneNumber, 'transferOptions.phoneNumber'),
    callerId:
      transferOptions.callerId === undefined
        ? undefined
        : normalizePhoneNumber(transferOptions.callerId, 'transferOptions.callerId'),
  };
}
