/**
 * A running outgoing call as RTCM sees it (GET /calls) with its CALL history entry: one place for calls
 * started over REST (POST /sessions/calls) and calls placed by a phone on the sandbox's SIP side.
 */
import { addHistoryEntry } from './history-entry';
import { newId, type CallRecord, type SandboxState } from './state';

export function openOutgoingCall(state: SandboxState, from: string, to: string, extension: string): CallRecord {
  const callId = newId(state, 'call-');
  const history = addHistoryEntry(state, {
    type: 'CALL',
    direction: 'OUTGOING',
    source: from,
    target: to,
    read: true,
    connectionIds: [extension],
    callId,
    duration: 0,
    callStatus: 'SUCCESS',
    recordings: [],
  });
  const call: CallRecord = {
    callId,
    muted: false,
    recording: false,
    hold: false,
    participants: [
      { participantId: '1', phoneNumber: from, muted: false, hold: false, owner: true },
      { participantId: '2', phoneNumber: to, muted: false, hold: false, owner: false },
    ],
    startedAt: Date.now(),
    historyId: history.id,
    announcements: [],
    dtmf: [],
    direction: 'out',
    from,
    to,
  };
  state.calls.set(callId, call);
  return call;
}
