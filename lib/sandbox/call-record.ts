/**
 * A running call as RTCM sees it (GET /calls) with its CALL history entry: one place for calls started over
 * REST (POST /sessions/calls), calls placed by a phone on the sandbox's SIP side and calls that ring one.
 */
import { addHistoryEntry } from './history-entry';
import { newId, type CallRecord, type SandboxState } from './state';

export function openCall(
  state: SandboxState,
  from: string,
  to: string,
  extension: string,
  direction: 'in' | 'out' = 'out',
): CallRecord {
  const callId = newId(state, 'call-');
  const history = addHistoryEntry(state, {
    type: 'CALL',
    direction: direction === 'in' ? 'INCOMING' : 'OUTGOING',
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
      { participantId: '1', phoneNumber: from, muted: false, hold: false, owner: direction === 'out' },
      { participantId: '2', phoneNumber: to, muted: false, hold: false, owner: direction === 'in' },
    ],
    startedAt: Date.now(),
    historyId: history.id,
    announcements: [],
    dtmf: [],
    direction,
    from,
    to,
  };
  state.calls.set(callId, call);
  return call;
}

/** Undoes openCall for a call that could not start: neither the running call nor its history entry remains. */
export function discardCall(state: SandboxState, call: CallRecord): void {
  state.calls.delete(call.callId);
  const index = state.history.findIndex((entry) => entry.id === call.historyId);
  if (index !== -1) state.history.splice(index, 1);
}
