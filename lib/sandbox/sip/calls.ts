/**
 * Calls on the sandbox's SIP side as sipgate's network sees them, tied to the REST and webhook side:
 *
 * - A call one registered phone places through the proxy becomes an RTCM call (GET /calls) with a history
 *   entry and the newCall / answer / hangup webhooks of the sipgate.io settings, driven by what the phones do.
 * - Click-to-dial (POST /sessions/calls with a registered deviceId) makes the sandbox a user agent in the
 *   middle (third-party call control, RFC 3725): it INVITEs the phone without an offer, takes the phone's
 *   offer from its 200 and hands it to the callee (another registered phone, or a simulated line outside the
 *   account that answers but sends no media), and completes both legs.
 * - A line outside the account can call a phone (sandbox.callPhone): the same first leg, with the line's
 *   number shown and the phone's offer answered by the line, which sends no media.
 * - RTCM reaches the phones: hangUp sends BYE (CANCEL while ringing), hold re-INVITEs each phone with its
 *   peer's session description set to a=sendonly (a=sendrecv to resume), DTMF goes out as SIP INFO.
 *
 * Requests the sandbox inserts into a dialog it only proxies take CSeq numbers from the peer's sequence, so
 * the proxy adds that offset to the peer's own later requests and takes it off their responses.
 * Every table is bounded and ended calls are forgotten after a short grace period.
 */
import { openCall } from '../call-record';
import { lineNumber, withoutPlus, type CallRecord, type SandboxState } from '../state';
import { markUnanswered, type CallFlows } from '../webhooks/call-flow';
import { asE164, deviceById, deviceForTarget, type SipDevice } from './devices';
import { cseqOf, getHeader, headerUri, setHeader, uriUser, type SipMessage } from './message';
import { answerDirection, audioDirection, stubAnswer, withDirection } from './sdp';
import { SandboxUserAgent, tag, type Leg } from './user-agent';

const UA_USER = 'sandbox';
const MAX_CALLS = 500;
const FORGET_MS = 5_000;

/** What the calls need of the SIP server: sending on a connection and finding a device's phone. */
export interface SipCallHost {
  readonly hostPort: string;
  readonly realm: string;
  state(): SandboxState;
  flows: CallFlows;
  /** false when the connection is gone. */
  send(connectionId: string, message: SipMessage): boolean;
  /** How long a phone may ring before the sandbox gives up (CANCEL, cause noAnswer). */
  readonly ringTimeoutMs: number;
  /** The newest registration of a device: its connection and contact. */
  binding(deviceId: string): { connectionId: string; contact: string } | undefined;
}

interface LiveCall {
  record: CallRecord;
  proxied: boolean;
  legs: Leg[];
  answered: boolean;
  ended: boolean;
  /** Click-to-dial: once the phone answered, record.to is called. */
  connectCallee?: boolean;
}

/**
 * The hangup webhook's cause for a failed INVITE. A refusal (busy, decline, forbidden) is `busy`; 480 Temporarily
 * Unavailable and 408 Request Timeout mean the callee did not pick up or could not be reached, which sipgate
 * reports as `noAnswer` (`congestion` is left for the network failing). The softphone's own mapping
 * (lib/softphone/causes.ts) is kept separate on purpose — the sandbox judges the client — and a test holds both
 * to the same answer for every status.
 */
export function causeOfStatus(status: number): string {
  if (status === 486 || status === 600 || status === 603 || status === 403) return 'busy';
  if (status === 404 || status === 604) return 'notFound';
  if (status === 480 || status === 408) return 'noAnswer';
  if (status === 487) return 'cancel';
  return 'congestion';
}

export class SipCalls {
  private readonly bySipCallId = new Map<string, LiveCall>();
  private readonly byCallId = new Map<string, LiveCall>();
  private readonly ua: SandboxUserAgent;

  constructor(private readonly host: SipCallHost) {
    this.ua = new SandboxUserAgent(host);
  }

  /** A response to a request the sandbox sent itself. */
  handleResponse(response: SipMessage): void {
    this.ua.handleResponse(response);
  }

  private get ownContact(): string {
    return `sip:${UA_USER}@${this.host.hostPort};transport=ws`;
  }

  /** Checked before a call is opened: the tables stay bounded. */
  private get full(): boolean {
    return this.byCallId.size >= MAX_CALLS;
  }

  private track(call: LiveCall): void {
    this.byCallId.set(call.record.callId, call);
    for (const leg of call.legs) this.bySipCallId.set(leg.sipCallId, call);
  }

  /** A running call by its RTCM callId. */
  private running(callId: string): LiveCall | undefined {
    const call = this.byCallId.get(callId);
    return call && !call.ended ? call : undefined;
  }

  /** The proxied call a message belongs to, and its leg on the connection. */
  private proxiedLeg(message: SipMessage, connectionId: string): { call: LiveCall; leg: Leg } | undefined {
    const call = this.bySipCallId.get(getHeader(message, 'call-id') ?? '');
    const leg = call?.proxied ? call.legs.find((l) => l.connectionId === connectionId) : undefined;
    return call && leg ? { call, leg } : undefined;
  }

  // ---- Calls the proxy carries between two phones -------------------------------------------------------

  /** A phone places a call to another (the INVITE about to be forwarded); false when the table is full. */
  proxiedInvite(fromConnection: string, toConnection: string, invite: SipMessage, caller: SipDevice): boolean {
    const sipCallId = getHeader(invite, 'call-id') ?? '';
    if (this.bySipCallId.has(sipCallId)) return true; // a repeated INVITE
    if (this.full) return false;
    const state = this.host.state();
    const dialled = uriUser(invite.uri) ?? '';
    const callee = deviceForTarget(state, dialled);
    const to = asE164(dialled) ?? stringField(callee?.record.callerId) ?? dialled;
    const from = stringField(caller.record.callerId) ?? lineNumber(state);
    const record = openCall(state, from, to, caller.id);
    const callerFrom = getHeader(invite, 'from') ?? '';
    const calleeTo = getHeader(invite, 'to') ?? '';
    const callerContact = headerUri(getHeader(invite, 'contact')) ?? '';
    const callerLeg: Leg = {
      connectionId: fromConnection,
      sipCallId,
      local: calleeTo,
      remote: callerFrom,
      target: callerContact,
      contact: '',
      cseq: 0,
      offset: 0,
      proxied: true,
      established: false,
    };
    const calleeLeg: Leg = {
      connectionId: toConnection,
      sipCallId,
      local: callerFrom,
      remote: calleeTo,
      target: invite.uri ?? '',
      contact: callerContact,
      cseq: cseqOf(invite).number,
      offset: 0,
      proxied: true,
      peerSdp: invite.body || undefined,
      established: false,
      ringing: invite,
    };
    this.track({ record, proxied: true, legs: [callerLeg, calleeLeg], answered: false, ended: false });
    this.host.flows.startLive(record, { id: String(caller.record.owner ?? state.webuserId) }, caller.id);
    return true;
  }

  /** An in-dialog request on its way from one phone to the other: CSeq offset, new offers, BYE. */
  proxiedRequest(toConnection: string, message: SipMessage): void {
    const found = this.proxiedLeg(message, toConnection);
    if (!found) return;
    const { call, leg } = found;
    const cseq = cseqOf(message).number + leg.offset;
    setHeader(message, 'cseq', `${cseq} ${message.method}`);
    leg.cseq = Math.max(leg.cseq, cseq);
    if (message.method === 'INVITE' && message.body) leg.peerSdp = message.body;
    if (message.method === 'BYE') this.finish(call, 'normalClearing', false);
    this.dtmf(call, message);
  }

  /** A DTMF tone a phone sends as SIP INFO (application/dtmf-relay) goes to a Gather of the call's webhooks. */
  private dtmf(call: LiveCall, message: SipMessage): void {
    if (message.method !== 'INFO' || !/dtmf-relay/i.test(getHeader(message, 'content-type') ?? '')) return;
    const tone = /^\s*signal\s*=\s*([0-9A-D*#])/im.exec(message.body)?.[1];
    if (tone && !call.ended) this.host.flows.tone(call.record, tone.toUpperCase());
  }

  /** A response on its way back between two phones: CSeq offset taken off; the callee's answer or refusal. */
  proxiedResponse(fromConnection: string, response: SipMessage): void {
    const found = this.proxiedLeg(response, fromConnection);
    if (!found) return;
    const { call, leg } = found;
    const { number, method } = cseqOf(response);
    if (leg.offset > 0) setHeader(response, 'cseq', `${number - leg.offset} ${method}`);
    const status = response.status ?? 0;
    if (method !== 'INVITE' || status < 200) return;
    const [callerLeg, calleeLeg] = call.legs;
    if (!call.answered && leg === calleeLeg) {
      calleeLeg.ringing = undefined;
      if (status >= 300) return this.finish(call, causeOfStatus(status), false);
      this.establish(calleeLeg, response);
      callerLeg.local = calleeLeg.remote;
      callerLeg.contact = calleeLeg.target;
      callerLeg.peerSdp = response.body || undefined;
      callerLeg.established = true;
      return this.answered(call);
    }
    const other = call.legs.find((l) => l !== leg);
    if (status < 300 && response.body && other) other.peerSdp = response.body; // answer to a re-INVITE
  }

  // ---- Click-to-dial: the sandbox in the middle -----------------------------------------------------------

  /** True when a phone is registered as the device (and its connection is open). */
  hasPhone(deviceId: string): boolean {
    return this.host.binding(deviceId) !== undefined;
  }

  /** Rings the phone registered as `deviceId` with the callee's number shown; when it answers, the callee. */
  clickToDial(record: CallRecord, deviceId: string): boolean {
    const prepared = this.prepare(record, deviceId, record.to, true);
    if (!prepared) return false;
    this.host.flows.startLive(record, { id: prepared.owner }, deviceId);
    this.ringFirst(prepared.call);
    return true;
  }

  /** A line outside the account calls the phone: it rings unless the webhook server's answer decides otherwise. */
  callFromOutside(record: CallRecord, deviceId: string, dtmf: string): boolean {
    const prepared = this.prepare(record, deviceId, record.from, false);
    if (!prepared) return false;
    const { call } = prepared;
    void this.host.flows.startLiveIncoming(record, { id: prepared.owner }, deviceId, dtmf).then((ring) => {
      if (call.ended) return;
      if (ring) return this.ringFirst(call);
      // The webhook model carries the call from here (RTCM acts on the REST state only).
      call.ended = true;
      this.forget(call);
    });
    return true;
  }

  private prepare(
    record: CallRecord,
    deviceId: string,
    shownNumber: string,
    connectCallee: boolean,
  ): { call: LiveCall; owner: string } | undefined {
    const binding = this.host.binding(deviceId);
    const state = this.host.state();
    const device = deviceById(state, deviceId);
    if (!binding || !device || this.full) return undefined;
    const leg = this.newLeg(binding, shownNumber, device.username);
    const call: LiveCall = { record, proxied: false, legs: [leg], answered: false, ended: false, connectCallee };
    this.track(call);
    return { call, owner: String(device.record.owner ?? state.webuserId) };
  }

  /** No offer: the phone makes one in its 200, which goes on to the callee (RFC 3725 flow I). */
  private ringFirst(call: LiveCall): void {
    const leg = call.legs[0];
    this.ring(call, leg, '', (response) => this.phoneAnswered(call, leg, response));
  }

  /** An INVITE to a phone that is given up (CANCEL, cause noAnswer) when nobody answers in time. */
  private ring(call: LiveCall, leg: Leg, offer: string, onFinal: (response: SipMessage) => void): void {
    leg.ringing = this.ua.request(leg, 'INVITE', offer, onFinal);
    const invite = leg.ringing;
    const timer = setTimeout(() => {
      if (invite && leg.ringing === invite && !call.ended) this.finish(call, 'noAnswer', true);
    }, this.host.ringTimeoutMs);
    timer.unref();
  }

  private newLeg(binding: { connectionId: string; contact: string }, shownNumber: string, username: string): Leg {
    const realm = this.host.realm;
    return {
      connectionId: binding.connectionId,
      sipCallId: `${tag()}${tag()}@sandbox`,
      local: `<sip:${shownNumber}@${realm}>;tag=${tag()}`,
      remote: `<sip:${username}@${realm}>`,
      target: binding.contact,
      contact: this.ownContact,
      cseq: 0,
      offset: 0,
      proxied: false,
      established: false,
    };
  }

  private phoneAnswered(call: LiveCall, leg: Leg, response: SipMessage): void {
    leg.ringing = undefined;
    const status = response.status ?? 0;
    if (status >= 300) return this.finish(call, causeOfStatus(status), false);
    this.establish(leg, response);
    const offer = response.body;
    if (call.ended) return this.ackAndBye(leg, response, stubAnswer(offer));
    const state = this.host.state();
    const callee = call.connectCallee ? deviceForTarget(state, withoutPlus(call.record.to)) : undefined;
    const calleeBinding = callee && this.host.binding(callee.id);
    if (!callee || !calleeBinding || calleeBinding.connectionId === leg.connectionId) {
      // A line outside the account (or a phone that is not registered): it answers at once.
      const answer = stubAnswer(offer);
      this.ua.ack(leg, response, answer ?? '');
      if (!answer) return this.finish(call, 'congestion', true);
      leg.peerSdp = answer;
      return this.answered(call);
    }
    const calleeLeg = this.newLeg(calleeBinding, call.record.from, callee.username);
    calleeLeg.peerSdp = offer;
    call.legs.push(calleeLeg);
    this.bySipCallId.set(calleeLeg.sipCallId, call);
    this.ring(call, calleeLeg, offer, (calleeResponse) => {
      calleeLeg.ringing = undefined;
      const calleeStatus = calleeResponse.status ?? 0;
      if (calleeStatus >= 300) {
        // The phone waits for an answer in the ACK; it gets one, then the BYE.
        this.ackAndBye(leg, response, stubAnswer(offer), calleeResponse);
        return this.finish(call, causeOfStatus(calleeStatus), false);
      }
      this.establish(calleeLeg, calleeResponse);
      this.ua.ack(calleeLeg, calleeResponse);
      this.ua.ack(leg, response, calleeResponse.body);
      leg.peerSdp = calleeResponse.body;
      if (call.ended) return this.finish(call, 'normalClearing', true);
      this.answered(call);
    });
  }

  private establish(leg: Leg, response: SipMessage): void {
    leg.remote = getHeader(response, 'to') ?? leg.remote;
    leg.target = headerUri(getHeader(response, 'contact')) ?? leg.target;
    leg.established = true;
  }

  private answered(call: LiveCall): void {
    call.answered = true;
    this.host.flows.answered(call.record, call.record.to);
  }

  /** A request a phone sends into a click-to-dial dialog (the sandbox is its peer); false when not one. */
  handleRequest(connectionId: string, request: SipMessage): boolean {
    const call = this.bySipCallId.get(getHeader(request, 'call-id') ?? '');
    if (!call || call.proxied) return false;
    const leg = call.legs.find((l) => l.sipCallId === getHeader(request, 'call-id'));
    const method = request.method;
    if (method === 'ACK') return true;
    if (!leg || leg.connectionId !== connectionId)
      return this.ua.respond(connectionId, request, 481, 'Call/Transaction Does Not Exist');
    if (method === 'BYE') {
      this.ua.respond(connectionId, request, 200, 'OK');
      leg.established = false;
      this.finish(call, 'normalClearing', true);
      return true;
    }
    if (method === 'INVITE') return this.reinvite(call, leg, request);
    this.dtmf(call, request);
    if (method === 'INFO' || method === 'OPTIONS' || method === 'UPDATE' || method === 'NOTIFY')
      return this.ua.respond(connectionId, request, method === 'UPDATE' && request.body ? 488 : 200, 'OK');
    return this.ua.respond(connectionId, request, 501, 'Not Implemented');
  }

  /** The phone changes its session (its own hold): relayed to the other phone, or answered for the line. */
  private reinvite(call: LiveCall, leg: Leg, request: SipMessage): boolean {
    const other = call.legs.find((l) => l !== leg && l.established);
    const contact: Array<[string, string]> = [['contact', `<${this.ownContact}>`]];
    if (!request.body) return this.ua.respond(leg.connectionId, request, 488, 'Not Acceptable Here');
    if (!other) {
      const answer = leg.peerSdp && withDirection(leg.peerSdp, answerDirection(audioDirection(request.body)));
      if (!answer) return this.ua.respond(leg.connectionId, request, 488, 'Not Acceptable Here');
      leg.peerSdp = answer;
      return this.ua.respond(leg.connectionId, request, 200, 'OK', contact, answer);
    }
    other.peerSdp = request.body;
    this.ua.request(other, 'INVITE', request.body, (response) => {
      const status = response.status ?? 500;
      if (status >= 300) return this.ua.respond(leg.connectionId, request, status, response.reason ?? '');
      this.ua.ack(other, response);
      leg.peerSdp = response.body;
      this.ua.respond(leg.connectionId, request, 200, 'OK', contact, response.body);
    });
    return true;
  }

  // ---- RTCM --------------------------------------------------------------------------------------------

  hangUp(callId: string): boolean {
    const call = this.running(callId);
    if (!call) return false;
    this.finish(call, 'normalClearing', true, false);
    return true;
  }

  hold(callId: string, on: boolean): boolean {
    const call = this.running(callId);
    if (!call) return false;
    for (const leg of call.legs) {
      if (!leg.established || !leg.peerSdp) continue;
      const offer = withDirection(leg.peerSdp, on ? 'sendonly' : 'sendrecv');
      leg.peerSdp = offer;
      this.ua.offer(leg, offer);
    }
    return true;
  }

  sendDtmf(callId: string, sequence: string): boolean {
    const call = this.running(callId);
    if (!call) return false;
    for (const leg of call.legs.filter((l) => l.established))
      for (const tone of sequence)
        this.ua.request(leg, 'INFO', `Signal=${tone}\r\nDuration=160\r\n`, undefined, 'application/dtmf-relay');
    return true;
  }

  /** A phone's connection closed: its calls end, the other phones get a BYE. */
  dropConnection(connectionId: string): void {
    for (const call of [...this.byCallId.values()]) {
      const gone = call.legs.filter((l) => l.connectionId === connectionId);
      if (gone.length === 0 || call.ended) continue;
      for (const leg of gone) leg.established = false;
      for (const leg of gone) leg.ringing = undefined;
      this.finish(call, 'congestion', true);
    }
  }

  clear(): void {
    this.ua.clear();
    this.byCallId.clear();
    this.bySipCallId.clear();
  }

  /** The end of a call: webhooks (unless RTCM already sends them), and BYE or CANCEL to the phones when asked. */
  private finish(call: LiveCall, cause: string, signalPhones: boolean, webhooks = true): void {
    if (call.ended) return;
    call.ended = true;
    if (signalPhones) {
      for (const leg of call.legs) {
        if (leg.ringing) this.ua.cancel(leg, leg.ringing);
        else if (leg.established) this.bye(leg);
      }
    }
    const state = this.host.state();
    if (!call.answered) markUnanswered(state, call.record.historyId, cause);
    if (webhooks) this.host.flows.endCall(call.record, cause);
    else state.calls.delete(call.record.callId);
    this.forget(call);
  }

  /** BYE to a phone; `because` (a final response of the other side) goes along as its Reason (RFC 3326). */
  private bye(leg: Leg, because?: SipMessage): void {
    leg.established = false;
    const reason: Array<[string, string]> = because
      ? [['reason', `SIP;cause=${because.status};text="${(because.reason ?? '').replace(/["\\]/g, '')}"`]]
      : [];
    this.ua.request(leg, 'BYE', '', undefined, undefined, reason);
  }

  /** A phone that made an offer in its 200 waits for the answer in the ACK: it gets one, then the BYE. */
  private ackAndBye(leg: Leg, response: SipMessage, answer: string | undefined, because?: SipMessage): void {
    this.ua.ack(leg, response, answer ?? '');
    this.bye(leg, because);
  }

  /** Ended calls stay known a little longer: late responses still get their CSeq offset taken off. */
  private forget(call: LiveCall): void {
    const timer = setTimeout(() => {
      this.byCallId.delete(call.record.callId);
      for (const leg of call.legs) this.bySipCallId.delete(leg.sipCallId);
    }, FORGET_MS);
    timer.unref();
  }
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
