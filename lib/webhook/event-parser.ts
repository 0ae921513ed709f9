/**
 * Turns a sipgate.io form body into a typed event. Pure string work, no Node
 * imports. Field names and value rewrites follow sipgate.io's webhook documentation (developer.sipgate.io, push API).
 */
import {
  type AnswerEvent,
  type CallEvent,
  type DataEvent,
  EventType,
  type GenericCallEvent,
  type HangUpCause,
  type HangUpEvent,
  type NewCallEvent,
  type WebhookDirection,
} from './types';

/**
 * Decoded form fields. A Map, so keys like `__proto__` or `valueOf` are plain data; it is also about twice as
 * fast to fill as a null-prototype object, which V8 keeps in dictionary mode (measured on a newCall body).
 */
export type FormFields = Map<string, string[]>;

export class FormDecodeError extends Error {}

const PLUS = /\+/g;

function decodeComponent(raw: string): string {
  if (raw.indexOf('%') === -1 && raw.indexOf('+') === -1) return raw;
  try {
    return decodeURIComponent(raw.indexOf('+') === -1 ? raw : raw.replace(PLUS, ' '));
  } catch {
    throw new FormDecodeError('malformed percent-encoding in form body');
  }
}

/** Where a field name's bracket suffix starts (`[`, or its encoding `%5B`), else `end`. */
function nameEnd(body: string, start: number, end: number): number {
  for (let index = start; index < end; index += 1) {
    const code = body.charCodeAt(index);
    if (code === 91 /* [ */) return index;
    if (code === 37 /* % */ && body.charCodeAt(index + 1) === 53 /* 5 */ && (body.charCodeAt(index + 2) | 32) === 98)
      return index;
  }
  return end;
}

function add(fields: FormFields, key: string, value: string): void {
  const list = fields.get(key);
  if (list === undefined) fields.set(key, [value]);
  else list.push(value);
}

/**
 * Parses application/x-www-form-urlencoded text. `user[]`, `user[][0]`, `user[0]`
 * and `user` all land in the field `user` (sipgate and qs-style senders differ).
 */
export function parseFormFields(body: string): FormFields {
  const fields: FormFields = new Map();
  const length = body.length;
  let start = 0;
  while (start <= length) {
    let end = body.indexOf('&', start);
    if (end === -1) end = length;
    if (end > start) {
      let eq = body.indexOf('=', start);
      if (eq === -1 || eq > end) eq = end;
      // The name is cut at its bracket before decoding: sipgate's `user%5B%5D` then needs no decoding at all.
      const cut = nameEnd(body, start, eq);
      const key = decodeComponent(body.slice(start, cut));
      // A suffix other than sipgate's own is still decoded, so malformed encoding there is refused too.
      if (cut !== eq && !(eq - cut === 6 && body.startsWith('%5B%5D', cut))) decodeComponent(body.slice(cut, eq));
      add(fields, key, eq < end ? decodeComponent(body.slice(eq + 1, end)) : '');
    }
    start = end + 1;
  }
  return fields;
}

/**
 * Fields from a body another middleware already decoded into an object (express.urlencoded(), qs):
 * `user[]` and `user` land in `user` as in parseFormFields; values that are not strings are skipped.
 */
export function fieldsFromObject(parsed: object): FormFields {
  const fields: FormFields = new Map();
  for (const [rawKey, value] of Object.entries(parsed)) {
    const bracket = rawKey.indexOf('[');
    const key = bracket === -1 ? rawKey : rawKey.slice(0, bracket);
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') add(fields, key, item);
    }
  }
  return fields;
}

function first(fields: FormFields, key: string): string | undefined {
  const list = fields.get(key);
  return list === undefined ? undefined : list[0];
}

function text(fields: FormFields, key: string): string {
  const list = fields.get(key);
  return list === undefined ? '' : list[0];
}

/** The wire carries numbers without `+`; events carry E.164. `anonymous` and '' stay as they are. */
function phoneNumber(value: string | undefined): string {
  if (value === undefined || value === '' || value === 'anonymous' || value.charCodeAt(0) === 43 /* + */) {
    return value ?? '';
  }
  return `+${value}`;
}

function optionalPhoneNumber(fields: FormFields, key: string): string | undefined {
  const value = first(fields, key);
  return value === undefined ? undefined : phoneNumber(value);
}

function originalCallId(fields: FormFields): string {
  return first(fields, 'origCallId') ?? text(fields, 'originalCallId');
}

function list(fields: FormFields, key: string): string[] {
  return fields.get(key) ?? [];
}

/**
 * Starts a call event (newCall, answer, hangup) with the fields all three carry.
 * Callers add their own fields by assignment: that keeps V8 on fast object shapes,
 * where an object spread measurably slowed the hot path.
 */
function callEvent<T extends GenericCallEvent>(fields: FormFields, event: T['event']): T {
  const base: GenericCallEvent = {
    event,
    callId: text(fields, 'callId'),
    originalCallId: originalCallId(fields),
    direction: text(fields, 'direction') as WebhookDirection,
    from: phoneNumber(first(fields, 'from')),
    to: phoneNumber(first(fields, 'to')),
    xcid: text(fields, 'xcid'),
  };
  return base as T;
}

function addDiversion(event: { diversion?: string }, fields: FormFields): void {
  const diversion = optionalPhoneNumber(fields, 'diversion');
  if (diversion !== undefined) event.diversion = diversion;
}

function newCallEvent(fields: FormFields): NewCallEvent {
  const event = callEvent<NewCallEvent>(fields, EventType.NEW_CALL);
  event.user = event.users = list(fields, 'user');
  event.userId = event.userIds = list(fields, 'userId');
  event.fullUserId = event.fullUserIds = list(fields, 'fullUserId');
  addDiversion(event, fields);
  return event;
}

function answerEvent(fields: FormFields): AnswerEvent {
  const event = callEvent<AnswerEvent>(fields, EventType.ANSWER);
  event.answeringNumber = phoneNumber(first(fields, 'answeringNumber'));
  const user = first(fields, 'user');
  if (user !== undefined) event.user = user;
  const userId = first(fields, 'userId');
  if (userId !== undefined) event.userId = userId;
  const fullUserId = first(fields, 'fullUserId');
  if (fullUserId !== undefined) event.fullUserId = fullUserId;
  addDiversion(event, fields);
  return event;
}

function hangUpEvent(fields: FormFields): HangUpEvent {
  const event = callEvent<HangUpEvent>(fields, EventType.HANGUP);
  event.cause = text(fields, 'cause') as HangUpCause;
  event.answeringNumber = phoneNumber(first(fields, 'answeringNumber'));
  addDiversion(event, fields);
  return event;
}

function dataEvent(fields: FormFields): DataEvent {
  return {
    event: EventType.DATA,
    callId: text(fields, 'callId'),
    originalCallId: originalCallId(fields),
    dtmf: text(fields, 'dtmf'),
  };
}

/**
 * The typed event for decoded fields: `null` for an event name this SDK does not
 * know (answered with an empty <Response/>), `undefined` when `event` is missing.
 */
export function eventFromFields(fields: FormFields): CallEvent | null | undefined {
  const name = first(fields, 'event');
  if (name === undefined || name === '') return undefined;
  switch (name) {
    case EventType.NEW_CALL:
      return newCallEvent(fields);
    case EventType.ANSWER:
      return answerEvent(fields);
    case EventType.HANGUP:
      return hangUpEvent(fields);
    case EventType.DATA:
      return dataEvent(fields);
    default:
      return null;
  }
}

/** Decodes a form body straight into an event (see eventFromFields). Throws FormDecodeError on bad encoding. */
export function parseWebhookEvent(body: string): CallEvent | null | undefined {
  return eventFromFields(parseFormFields(body));
}
