/**
 * Plays sipgate's side of a call against the webhook URLs in the sipgate.io settings: newCall, then whatever
 * the XML answers ask for (Gather → dtmf, Dial/Voicemail → answer, Reject/Hangup → hangup), keeping a transcript.
 * Work for one call runs strictly in order (a hangup from DELETE /calls waits for the newCall exchange), and
 * every flow is bounded in steps and per-request time.
 */
import { addHistoryEntry } from '../history-entry';
import { newId, type CallRecord, type SandboxState } from '../state';
import type {
  CallOutcome,
  CallTranscript,
  IncomingCallSimulation,
  ParsedXmlResponse,
  TranscriptStep,
  WebhookEventName,
} from '../types';
import { answerBody, dtmfBody, hangupBody, newCallBody, type CallParty } from './events';
import { signBody, type SigningKey } from './keys';
import { postForm } from './post';
import { parseXmlResponse } from './xml';

export interface CallFlowOptions {
  state: () => SandboxState;
  key: SigningKey;
  timeoutMs: number;
  maxSteps: number;
  /** Digits pressed in API-initiated calls when a Gather asks. */
  outgoingDtmf?: string;
  /** Why a webhook URL must not be contacted (see ../access.ts), or undefined when it may be. */
  refusal?: (url: string) => string | undefined;
}

type Ending =
  | { kind: 'answered'; answeringNumber: string; by: string; voicemail: boolean }
  | { kind: 'rejected'; cause: 'busy' | 'noAnswer' }
  | { kind: 'hungUp' };

const EXCERPT_CHARS = 200;

/** The start of an error answer, on one line and without control characters, for the transcript's error. */
function excerpt(body: string | undefined): string {
  if (body === undefined) return '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const line = body.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (line === '') return '';
  return `: ${line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS)}…` : line}`;
}

/** One call's conversation with the webhook server. */
/** A Gather of a live call waiting for the digits its phones send. */
interface PendingGather {
  onData: string;
  maxDigits: number;
  timeout: number;
  digits: string;
  timer?: NodeJS.Timeout;
}

class Conversation {
  onAnswer?: string;
  onHangup?: string;
  gather?: PendingGather;
  private posts = 0;
  private digits: string;

  constructor(
    private readonly options: CallFlowOptions,
    private readonly signal: AbortSignal,
    readonly party: CallParty,
    readonly transcript: CallTranscript,
    dtmf: string,
  ) {
    this.digits = dtmf;
  }

  private subscribe(parsed: ParsedXmlResponse | undefined): void {
    if (parsed?.onAnswer) this.onAnswer = parsed.onAnswer;
    if (parsed?.onHangup) this.onHangup = parsed.onHangup;
  }

  /** Sends one signed event; returns the parsed answer when the server gave a usable one. */
  async post(event: WebhookEventName, url: string, body: string): Promise<ParsedXmlResponse | undefined> {
    const step: TranscriptStep = { event, url, requestBody: body };
    this.transcript.steps.push(step);
    const parsed = await this.exchange(step);
    this.log(step);
    return parsed;
  }

  private async exchange(step: TranscriptStep): Promise<ParsedXmlResponse | undefined> {
    const { event, url, requestBody: body } = step;
    if (this.posts >= this.options.maxSteps) {
      step.error = `not sent: more than ${this.options.maxSteps} webhook requests in one call`;
      this.transcript.error = step.error;
      return undefined;
    }
    const refused = this.options.refusal?.(url);
    if (refused) {
      step.error = refused;
      return undefined;
    }
    this.posts += 1;
    const result = await postForm(url, body, signBody(this.options.key, body), this.options.timeoutMs, this.signal);
    step.status = result.status;
    if (result.body !== undefined) step.responseXml = result.body;
    if (result.error) {
      step.error = result.error;
      return undefined;
    }
    if (result.status === undefined || result.status < 200 || result.status >= 300) {
      step.error = `webhook answered HTTP ${result.status}${excerpt(result.body)}`;
      return undefined;
    }
    if (event === 'answer' || event === 'hangup') return undefined; // sipgate discards these answers
    step.parsed = parseXmlResponse(result.body ?? '');
    if (step.parsed.error) {
      step.error = step.parsed.error;
      return undefined;
    }
    this.subscribe(step.parsed);
    return step.parsed;
  }

  /** Mirrors sipgate's debug log (GET /log/webhooks) while the settings' `log` flag is on; keeps the last 100. */
  private log(step: TranscriptStep): void {
    const state = this.options.state();
    if (!state.settings.log) return;
    state.webhookLog.push({
      created: new Date().toISOString(),
      url: step.url,
      request: step.requestBody,
      response: step.responseXml ?? '',
      xmlError: step.error ?? '',
      status: step.status === undefined ? 'FAILED' : String(step.status),
    });
    if (state.webhookLog.length > 100) state.webhookLog.splice(0, state.webhookLog.length - 100);
  }

  /** Follows the actions of one answer; a Gather's own answer replaces whatever came after it. */
  async follow(parsed: ParsedXmlResponse | undefined, depth = 0): Promise<Ending> {
    for (const action of parsed?.actions ?? []) {
      if (this.signal.aborted || this.transcript.error) return { kind: 'hungUp' };
      if (action.type === 'gather') {
        if (!action.onData) continue;
        const pressed = this.digits.slice(0, action.maxDigits);
        this.digits = this.digits.slice(pressed.length);
        const next = await this.post('dtmf', action.onData, dtmfBody(this.party, pressed));
        if (next && depth < this.options.maxSteps) return this.follow(next, depth + 1);
      } else if (action.type === 'dial') {
        if (action.voicemail)
          return { kind: 'answered', answeringNumber: this.party.to, by: 'voicemail', voicemail: true };
        if (action.numbers.length > 0) {
          return {
            kind: 'answered',
            answeringNumber: normalize(action.numbers[0]),
            by: this.party.user.name,
            voicemail: false,
          };
        }
      } else if (action.type === 'reject') {
        return { kind: 'rejected', cause: action.reason === 'busy' ? 'busy' : 'noAnswer' };
      } else if (action.type === 'hangup') {
        return { kind: 'hungUp' };
      }
    }
    return { kind: 'answered', answeringNumber: this.party.to, by: this.party.user.name, voicemail: false };
  }

  /** Live calls: the answer's first Gather waits for digits the phones send later (SIP INFO). */
  awaitDigits(parsed: ParsedXmlResponse | undefined): void {
    const gather = parsed?.actions.find((a) => a.type === 'gather' && a.onData !== undefined);
    if (gather?.type !== 'gather' || gather.onData === undefined) return;
    this.gather = { onData: gather.onData, maxDigits: gather.maxDigits, timeout: gather.timeout, digits: '' };
  }

  stopGather(): PendingGather | undefined {
    const gather = this.gather;
    clearTimeout(gather?.timer);
    this.gather = undefined;
    return gather;
  }

  /** The call's first event; its answer says what happens next. */
  newCall(url: string): Promise<ParsedXmlResponse | undefined> {
    return this.post('newCall', url, newCallBody(this.party));
  }

  async sendAnswer(answeringNumber: string, by: string): Promise<void> {
    this.transcript.answeringNumber = answeringNumber;
    if (this.onAnswer) await this.post('answer', this.onAnswer, answerBody(this.party, answeringNumber, by));
  }

  async sendHangup(cause: string): Promise<void> {
    this.transcript.hangupCause = cause;
    if (this.onHangup)
      await this.post('hangup', this.onHangup, hangupBody(this.party, cause, this.transcript.answeringNumber));
  }
}

/** "4915..." in XML answers becomes "+4915..." so the sandbox's own records stay E.164. */
function normalize(number: string): string {
  return /^\d+$/.test(number) ? `+${number}` : number;
}

function outcomeOf(ending: Ending): CallOutcome {
  if (ending.kind === 'answered') return ending.voicemail ? 'voicemail' : 'answered';
  return ending.kind === 'rejected' ? 'rejected' : 'hungUp';
}

export class CallFlows {
  private readonly byId = new Map<string, CallTranscript>();
  private readonly conversations = new Map<string, Conversation>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private controller = new AbortController();

  constructor(private readonly options: CallFlowOptions) {}

  get transcripts(): CallTranscript[] {
    return [...this.byId.values()];
  }

  getTranscript(callId: string): CallTranscript | undefined {
    return this.byId.get(callId);
  }

  /** Resolves once all webhook work queued so far for the call is done. */
  async settled(callId: string): Promise<CallTranscript | undefined> {
    await this.chains.get(callId);
    return this.byId.get(callId);
  }

  private enqueue<T>(callId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(callId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.chains.set(callId, tail);
    void tail.then(() => {
      if (this.chains.get(callId) === tail) this.chains.delete(callId);
    });
    return next;
  }

  private webhookUrl(direction: 'in' | 'out', extensions: string[]): string {
    const { settings } = this.options.state();
    const url = direction === 'in' ? settings.incomingUrl : settings.outgoingUrl;
    if (settings.whitelist !== null && !extensions.some((e) => settings.whitelist?.includes(e))) return '';
    return url;
  }

  private party(
    callId: string,
    direction: 'in' | 'out',
    from: string,
    to: string,
    user?: { id: string; name?: string },
  ): CallParty {
    const state = this.options.state();
    const webuser = state.users.find((u) => u.id === (user?.id ?? state.webuserId));
    const name = user?.name ?? (webuser ? `${String(webuser.firstname)} ${String(webuser.lastname)}` : 'Sandbox User');
    const id = user?.id ?? state.webuserId;
    return {
      callId,
      xcid: `x${callId}`,
      direction,
      from,
      to,
      user: { id, name, fullId: `${String(state.userinfo.masterSipId)}${id}` },
    };
  }

  private conversation(party: CallParty, dtmf: string): Conversation {
    const transcript: CallTranscript = {
      callId: party.callId,
      direction: party.direction,
      from: party.from,
      to: party.to,
      steps: [],
      outcome: 'noWebhook',
    };
    this.byId.set(party.callId, transcript);
    const conversation = new Conversation(this.options, this.controller.signal, party, transcript, dtmf);
    this.conversations.set(party.callId, conversation);
    return conversation;
  }

  /** newCall for a call started through POST /sessions/calls; the call stays up until DELETE /calls/{id}. */
  startOutgoing(call: CallRecord): void {
    const conversation = this.conversation(
      this.party(call.callId, 'out', call.from, call.to),
      this.options.outgoingDtmf ?? '',
    );
    conversation.transcript.historyId = call.historyId;
    const url = this.webhookUrl('out', ['p0', this.options.state().webuserId]);
    if (url === '') return;
    void this.enqueue(call.callId, async () => {
      await this.settle(call, conversation, await conversation.follow(await conversation.newCall(url)));
    });
  }

  /** What the webhook server's answers decided: the call is up (answer event) or over (hangup event). */
  private async settle(call: CallRecord, conversation: Conversation, ending: Ending): Promise<void> {
    if (ending.kind === 'answered') {
      conversation.transcript.outcome = 'active';
      const callee = call.participants.find((p) => !p.owner);
      if (callee && call.direction === 'out') callee.phoneNumber = ending.answeringNumber;
      await conversation.sendAnswer(ending.answeringNumber, ending.by);
      return;
    }
    conversation.transcript.outcome = outcomeOf(ending);
    const state = this.options.state();
    if (state.calls.get(call.callId) === call) state.calls.delete(call.callId);
    markHistory(state, call.historyId, ending);
    await conversation.sendHangup(ending.kind === 'rejected' ? ending.cause : 'normalClearing');
  }

  /**
   * newCall of a call from outside to a phone, followed like any incoming call (Gather gets `dtmf`). Resolves
   * true when the phone should ring: no usable answer, or a Dial to the phone's own number. Otherwise the
   * answers decided (Reject, Hangup, Voicemail, a Dial elsewhere), with their answer or hangup event.
   */
  startLiveIncoming(call: CallRecord, user: { id: string }, extension: string, dtmf: string): Promise<boolean> {
    const { conversation, url } = this.startLiveConversation(call, user, extension, dtmf);
    if (url === '') return Promise.resolve(true);
    return this.enqueue(call.callId, async () => {
      const ending = await conversation.follow(await conversation.newCall(url));
      if (ending.kind === 'answered' && !ending.voicemail && ending.answeringNumber === call.to) return true;
      await this.settle(call, conversation, ending);
      return false;
    });
  }

  /**
   * newCall for a call the sandbox's SIP side carries (a browser phone's call, or click-to-dial that rang
   * one). Unlike startOutgoing, nothing is simulated: `answered` and `endCall` follow what the phones do.
   */
  startLive(call: CallRecord, user: { id: string }, extension: string): void {
    const { conversation, url } = this.startLiveConversation(call, user, extension, '');
    if (url === '') return;
    void this.enqueue(call.callId, async () => conversation.awaitDigits(await conversation.newCall(url)));
  }

  /** The conversation of a call the SIP side carries, and the URL its newCall goes to ('' when none). */
  private startLiveConversation(
    call: CallRecord,
    user: { id: string },
    extension: string,
    dtmf: string,
  ): { conversation: Conversation; url: string } {
    const conversation = this.conversation(this.party(call.callId, call.direction, call.from, call.to, user), dtmf);
    conversation.transcript.historyId = call.historyId;
    const url = this.webhookUrl(call.direction, [extension, user.id]);
    conversation.transcript.outcome = url === '' ? 'noWebhook' : 'active';
    return { conversation, url };
  }

  /**
   * A tone a phone of a live call sent (SIP INFO): collected while a Gather waits, and posted to its onData
   * once maxDigits arrived or its timeout passed since the first digit. Its answer may gather again.
   */
  tone(call: CallRecord, tone: string): void {
    const conversation = this.conversations.get(call.callId);
    const gather = conversation?.gather;
    if (!conversation || !gather) return;
    gather.digits += tone;
    if (gather.digits.length >= gather.maxDigits) return this.sendDigits(call.callId, conversation);
    if (gather.timer) return;
    gather.timer = setTimeout(() => this.sendDigits(call.callId, conversation), gather.timeout);
    gather.timer.unref();
  }

  private sendDigits(callId: string, conversation: Conversation): void {
    const gather = conversation.stopGather();
    if (!gather) return;
    void this.enqueue(callId, async () =>
      conversation.awaitDigits(
        await conversation.post('dtmf', gather.onData, dtmfBody(conversation.party, gather.digits)),
      ),
    );
  }

  /** The callee of a live call picked up: the answer event, if the webhook server subscribed to it. */
  answered(call: CallRecord, answeringNumber: string): void {
    const conversation = this.conversations.get(call.callId);
    if (!conversation) return;
    void this.enqueue(call.callId, () => conversation.sendAnswer(answeringNumber, conversation.party.user.name));
  }

  /** Hangs up a running call (DELETE /calls/{id}) and tells onHangup, if the webhook server asked for it. */
  endCall(call: CallRecord, cause: string): void {
    const state = this.options.state();
    state.calls.delete(call.callId);
    const entry = state.history.find((h) => h.id === call.historyId);
    if (entry) {
      entry.duration = Math.round((Date.now() - call.startedAt) / 1000);
      entry.lastModified = new Date().toISOString();
    }
    const conversation = this.conversations.get(call.callId);
    if (!conversation) return;
    conversation.stopGather();
    void this.enqueue(call.callId, async () => {
      if (conversation.transcript.hangupCause !== undefined) return; // the webhook's own answer already ended it
      if (conversation.transcript.outcome === 'active')
        conversation.transcript.outcome = liveOutcome(cause, conversation.transcript.answeringNumber);
      await conversation.sendHangup(cause);
    });
  }

  /** A call from `from` to the account's number `to`, played through to its end. */
  simulateIncoming(simulation: IncomingCallSimulation, from: string, to: string): Promise<CallTranscript> {
    const state = this.options.state();
    const direction = simulation.direction ?? 'in';
    const callId = newId(state, 'sim-');
    const conversation = this.conversation(
      this.party(callId, direction, from, to, simulation.user),
      simulation.dtmf ?? '',
    );
    const url = this.webhookUrl(direction, ['p0', simulation.user?.id ?? state.webuserId]);
    return this.enqueue(callId, async () => {
      let ending: Ending = {
        kind: 'answered',
        answeringNumber: to,
        by: conversation.party.user.name,
        voicemail: false,
      };
      if (url !== '') ending = await conversation.follow(await conversation.newCall(url));
      if (ending.kind === 'answered') await conversation.sendAnswer(ending.answeringNumber, ending.by);
      await conversation.sendHangup(ending.kind === 'rejected' ? ending.cause : 'normalClearing');
      const transcript = conversation.transcript;
      transcript.outcome = url === '' ? 'noWebhook' : transcript.error ? 'failed' : outcomeOf(ending);
      transcript.historyId = addIncomingHistory(this.options.state(), transcript, ending);
      return transcript;
    });
  }

  /** Forgets transcripts (state reset); running work finishes in the background. */
  clear(): void {
    this.byId.clear();
    this.conversations.clear();
  }

  /** Aborts webhook requests in flight and waits for every queued task. */
  async close(): Promise<void> {
    this.controller.abort();
    await Promise.all([...this.chains.values()]);
    this.controller = new AbortController();
  }
}

/** How a call that was up (or ringing, for SIP calls) ended, by its hang-up cause. */
function liveOutcome(cause: string, answeringNumber: string | undefined): CallOutcome {
  if (answeringNumber !== undefined || cause === 'normalClearing') return 'hungUp';
  return cause === 'busy' ? 'rejected' : 'failed';
}

/** A call the SIP side carried ended before anyone answered: its history entry becomes a missed one. */
export function markUnanswered(state: SandboxState, historyId: string, cause: string): void {
  markHistory(state, historyId, cause === 'busy' ? { kind: 'rejected', cause: 'busy' } : { kind: 'hungUp' });
}

function markHistory(state: SandboxState, historyId: string, ending: Ending): void {
  const entry = state.history.find((h) => h.id === historyId);
  if (!entry || ending.kind === 'answered') return;
  entry.direction = entry.incoming ? 'MISSED_INCOMING' : 'MISSED_OUTGOING';
  entry.status = ending.kind === 'rejected' && ending.cause === 'busy' ? 'BUSY' : 'NOPICKUP';
  entry.callStatus = ending.kind === 'rejected' ? (ending.cause === 'busy' ? 'BUSY' : 'REJECTED') : 'FAILURE';
  entry.lastModified = new Date().toISOString();
}

function addIncomingHistory(state: SandboxState, transcript: CallTranscript, ending: Ending): string {
  const answered = ending.kind === 'answered';
  const incoming = transcript.direction === 'in';
  const busy = ending.kind === 'rejected' && ending.cause === 'busy';
  return addHistoryEntry(state, {
    type: 'CALL',
    direction: incoming ? (answered ? 'INCOMING' : 'MISSED_INCOMING') : answered ? 'OUTGOING' : 'MISSED_OUTGOING',
    source: transcript.from,
    target: transcript.to,
    incoming,
    status: answered ? (ending.voicemail ? 'NOPICKUP' : 'PICKUP') : busy ? 'BUSY' : 'NOPICKUP',
    callId: transcript.callId,
    duration: 0,
    callStatus: answered
      ? ending.voicemail
        ? 'VOICEMAIL_NO_MESSAGE'
        : 'SUCCESS'
      : ending.kind === 'rejected'
        ? busy
          ? 'BUSY'
          : 'REJECTED'
        : 'MISSED',
    recordings: [],
  }).id;
}
