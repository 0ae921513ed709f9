/**
 * The sandbox's in-memory account: one web user with SMS, fax, phone line, devices, numbers, a voicemail,
 * contacts, history and running calls. Records keep the wire shape of the REST API so handlers can return
 * them almost unchanged.
 */
export type Json = Record<string, unknown>;

export interface HistoryRecord extends Json {
  id: string;
  type: 'CALL' | 'VOICEMAIL' | 'SMS' | 'FAX';
  created: string;
  lastModified: string;
  direction: 'INCOMING' | 'OUTGOING' | 'MISSED_INCOMING' | 'MISSED_OUTGOING';
  source: string;
  target: string;
  archived: boolean;
  read: boolean;
  starred: boolean;
  note: string;
  connectionIds: string[];
}

/** Fax progress is computed from the clock on read, so no timers outlive a stopped sandbox. */
export interface FaxProgress {
  startedAt: number;
  fails: boolean;
}

export interface ParticipantRecord {
  participantId: string;
  phoneNumber: string;
  muted: boolean;
  hold: boolean;
  owner: boolean;
}

export interface CallRecord {
  callId: string;
  muted: boolean;
  recording: boolean;
  hold: boolean;
  participants: ParticipantRecord[];
  /** Not part of the wire shape: bookkeeping for RTCM actions and webhooks. */
  startedAt: number;
  historyId: string;
  announcements: string[];
  dtmf: string[];
  onHangup?: string;
  direction: 'in' | 'out';
  from: string;
  to: string;
}

export interface SipgateIoSettings {
  incomingUrl: string;
  outgoingUrl: string;
  log: boolean;
  /** null = every extension triggers webhooks. */
  whitelist: string[] | null;
}

export interface SmsCallerIdRecord {
  id: number;
  phonenumber: string;
  verified: boolean;
  defaultNumber: boolean;
}

export interface SandboxState {
  webuserId: string;
  userinfo: Json;
  users: Json[];
  smsExtensions: Json[];
  smsCallerIds: Map<string, SmsCallerIdRecord[]>;
  faxlines: Json[];
  groupFaxlines: Json[];
  devices: Json[];
  numbers: Json[];
  voicemails: Json[];
  phonelines: Json[];
  /** Phone-line voicemail settings (GET /{userId}/phonelines/{phonelineId}/voicemails). */
  phonelineVoicemails: Map<string, Json[]>;
  /** Webhook deliveries, newest last, kept while settings.log is on (GET /log/webhooks). */
  webhookLog: Json[];
  internalContacts: Json[];
  contacts: Json[];
  history: HistoryRecord[];
  faxProgress: Map<string, FaxProgress>;
  calls: Map<string, CallRecord>;
  settings: SipgateIoSettings;
  account: Json;
  balance: Json;
  /** Sent SMS messages, for tests: what the sandbox "delivered". */
  sentSms: Json[];
  nextId: number;
}

/** Unique ids with a readable prefix, e.g. "sms-1001". */
export function newId(state: SandboxState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}

/** E.164 with "+" → the digits-only form used in history and webhooks. */
/** The account's first landline: the caller id of calls that name no number of their own. */
export function lineNumber(state: SandboxState): string {
  const landline = state.numbers.find((n) => n.type === 'LANDLINE');
  return typeof landline?.number === 'string' ? landline.number : '+4921100000000';
}

export function withoutPlus(number: string): string {
  return number.startsWith('+') ? number.slice(1) : number;
}
