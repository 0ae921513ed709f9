/**
 * How a call ended, in the webhook module's hang-up causes (the words sipgate's hangup webhook uses), and the
 * SoftphoneCallError for calls that failed. The stack's cause words are JsSIP's; the SIP status decides
 * where it is known.
 */
import { HangUpCause } from '../webhook/types';
import { SoftphoneCallError, type CallFailureCause } from './errors';
import type { Originator, SipSessionEnd } from './sip-stack';

export interface CallEnd {
  cause: HangUpCause;
  /** Finer reason: 'bye', 'busy', 'rejected', 'notFound', 'canceled', 'connectionLost', 'media', … */
  reason: CallFailureCause | 'bye';
  /** Who ended it: this phone, the other side, or the network/stack. */
  by: Originator;
  /** SIP status of the final response, for calls that failed. */
  status?: number;
  /** Set for calls that never got established. */
  error?: SoftphoneCallError;
}

const REASONS: Record<string, CallFailureCause | 'bye'> = {
  Terminated: 'bye',
  Busy: 'busy',
  Rejected: 'rejected',
  'Not Found': 'notFound',
  Unavailable: 'unavailable',
  Canceled: 'canceled',
  'No Answer': 'noAnswer',
  Expires: 'noAnswer',
  'Connection Error': 'connectionLost',
  'Request Timeout': 'connectionLost',
  'RTP Timeout': 'connectionLost',
  'User Denied Media Access': 'media',
  'WebRTC Error': 'media',
  'Incompatible SDP': 'media',
  'Missing SDP': 'media',
  'Bad Media Description': 'media',
};

const HANGUP: Record<CallFailureCause | 'bye', HangUpCause> = {
  bye: HangUpCause.NORMAL_CLEARING,
  busy: HangUpCause.BUSY,
  rejected: HangUpCause.BUSY,
  notFound: HangUpCause.NOT_FOUND,
  // 480 Temporarily Unavailable and 408 Request Timeout: the callee's phone did not pick up or is not reachable
  // right now. sipgate's hangup webhook calls that noAnswer (congestion is the network failing); so does the
  // sandbox (sip/calls.ts causeOfStatus, checked against this in test/unit/sip/hangup-causes.test.ts).
  unavailable: HangUpCause.NO_ANSWER,
  canceled: HangUpCause.CANCEL,
  noAnswer: HangUpCause.NO_ANSWER,
  media: HangUpCause.CONGESTION,
  connectionLost: HangUpCause.CONGESTION,
  failed: HangUpCause.CONGESTION,
};

function reasonFor(end: SipSessionEnd): CallFailureCause | 'bye' {
  const status = end.statusCode;
  if (status === 486 || status === 600) return 'busy';
  if (status === 603 || status === 403) return 'rejected';
  if (status === 404 || status === 604) return 'notFound';
  if (status === 480 || status === 408) return 'unavailable';
  if (status === 487) return 'canceled';
  return REASONS[end.cause] ?? 'failed';
}

export function callEnd(end: SipSessionEnd): CallEnd {
  const byeWithReason = !end.failed && end.cause === 'Terminated' && end.reasonStatus !== undefined;
  const reason = byeWithReason
    ? reasonFor({ ...end, statusCode: end.reasonStatus })
    : end.failed || end.cause !== 'Terminated'
      ? reasonFor(end)
      : 'bye';
  const result: CallEnd = { cause: HANGUP[reason], reason, by: end.originator, status: end.statusCode };
  if (end.failed && reason !== 'bye') {
    const status = end.statusCode ? ` (SIP ${end.statusCode})` : '';
    result.error = new SoftphoneCallError(reason, `call failed: ${reason}${status}`, { status: end.statusCode });
  }
  return result;
}

/** An end the phone decides itself (the connection to the SIP server dropped). */
export function connectionLostEnd(): CallEnd {
  return {
    cause: HangUpCause.CONGESTION,
    reason: 'connectionLost',
    by: 'system',
    error: new SoftphoneCallError('connectionLost', 'the connection to the SIP server was lost', { retryable: true }),
  };
}
