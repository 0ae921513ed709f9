/**
 * Form bodies of the four webhook events with sipgate's wire names: numbers without "+", array fields as
 * `user[]`, `userId[]`, `fullUserId[]` on newCall.
 */
import { withoutPlus } from '../state';

export interface CallParty {
  callId: string;
  xcid: string;
  direction: 'in' | 'out';
  from: string;
  to: string;
  user: { id: string; name: string; fullId: string };
}

function encode(pairs: Array<[string, string]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) params.append(key, value);
  return params.toString();
}

export function newCallBody(call: CallParty): string {
  return encode([
    ['event', 'newCall'],
    ['from', withoutPlus(call.from)],
    ['to', withoutPlus(call.to)],
    ['direction', call.direction],
    ['callId', call.callId],
    ['origCallId', call.callId],
    ['user[]', call.user.name],
    ['userId[]', call.user.id],
    ['fullUserId[]', call.user.fullId],
    ['xcid', call.xcid],
  ]);
}

export function answerBody(call: CallParty, answeringNumber: string, answeredBy: string): string {
  const pairs: Array<[string, string]> = [
    ['event', 'answer'],
    ['callId', call.callId],
  ];
  // Only incoming calls name the answering user; "voicemail" when the voicemail took the call.
  if (call.direction === 'in') pairs.push(['user', answeredBy]);
  pairs.push(
    ['userId', call.user.id],
    ['fullUserId', call.user.fullId],
    ['from', withoutPlus(call.from)],
    ['to', withoutPlus(call.to)],
    ['direction', call.direction],
    ['answeringNumber', withoutPlus(answeringNumber)],
    ['origCallId', call.callId],
    ['xcid', call.xcid],
  );
  return encode(pairs);
}

export function hangupBody(call: CallParty, cause: string, answeringNumber: string | undefined): string {
  const pairs: Array<[string, string]> = [
    ['event', 'hangup'],
    ['cause', cause],
    ['callId', call.callId],
    ['from', withoutPlus(call.from)],
    ['to', withoutPlus(call.to)],
    ['direction', call.direction],
  ];
  if (answeringNumber !== undefined) pairs.push(['answeringNumber', withoutPlus(answeringNumber)]);
  pairs.push(['origCallId', call.callId], ['xcid', call.xcid]);
  return encode(pairs);
}

export function dtmfBody(call: CallParty, digits: string): string {
  return encode([
    ['event', 'dtmf'],
    ['dtmf', digits],
    ['callId', call.callId],
    ['origCallId', call.callId],
    ['xcid', call.xcid],
  ]);
}
