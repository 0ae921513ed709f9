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

/** The form fields that events carry; every other field is checked for valid encoding and then dropped. */
const FIELD_NAMES = [
  'event',
  'callId',
  'origCallId',
  'originalCallId',
  'direction',
  'from',
  'to',
  'xcid',
  'diversion',
  'answeringNumber',
  'cause',
  'dtmf',
  'user',
  'userId',
  'fullUserId',
] as const;

type FieldName = (typeof FIELD_NAMES)[number];

/** The names by length, so a name in the body is matched where it stands, without cutting it out first. */
const NAMES_BY_LENGTH: Array<FieldName[] | undefined> = [];
for (const name of FIELD_NAMES) (NAMES_BY_LENGTH[name.length] ??= []).push(name);

/**
 * The decoded fields of one body. A class with every field declared, so each body fills the same object shape
 * (cheaper than a Map), and keys like `__proto__` in a body never become property names. Single-valued fields keep
 * their first value; user, userId and fullUserId keep all of theirs (newCall lists every user).
 */
export class EventFields {
  event: string | undefined = undefined;
  callId: string | undefined = undefined;
  origCallId: string | undefined = undefined;
  originalCallId: string | undefined = undefined;
  direction: string | undefined = undefined;
  from: string | undefined = undefined;
  to: string | undefined = undefined;
  xcid: string | undefined = undefined;
  diversion: string | undefined = undefined;
  answeringNumber: string | undefined = undefined;
  cause: string | undefined = undefined;
  dtmf: string | undefined = undefined;
  user: string[] | undefined = undefined;
  userId: string[] | undefined = undefined;
  fullUserId: string[] | undefined = undefined;

  /** Static stores, one case per field: a computed `this[name]` would be a megamorphic access on every field. */
  add(name: FieldName, value: string): void {
    switch (name) {
      case 'user':
        (this.user ??= []).push(value);
        return;
      case 'userId':
        (this.userId ??= []).push(value);
        return;
      case 'fullUserId':
        (this.fullUserId ??= []).push(value);
        return;
      case 'event':
        this.event ??= value;
        return;
      case 'callId':
        this.callId ??= value;
        return;
      case 'origCallId':
        this.origCallId ??= value;
        return;
      case 'originalCallId':
        this.originalCallId ??= value;
        return;
      case 'direction':
        this.direction ??= value;
        return;
      case 'from':
        this.from ??= value;
        return;
      case 'to':
        this.to ??= value;
        return;
      case 'xcid':
        this.xcid ??= value;
        return;
      case 'diversion':
        this.diversion ??= value;
        return;
      case 'answeringNumber':
        this.answeringNumber ??= value;
        return;
      case 'cause':
        this.cause ??= value;
        return;
      case 'dtmf':
        this.dtmf ??= value;
    }
  }
}

export class FormDecodeError extends Error {}

const PLUS = /\+/g;

/** Decodes a name or value that has escapes (`%` or `+`); throws FormDecodeError for malformed ones. */
function decodeEscaped(raw: string): string {
  try {
    return decodeURIComponent(raw.indexOf('+') === -1 ? raw : raw.replace(PLUS, ' '));
  } catch {
    throw new FormDecodeError('malformed percent-encoding in form body');
  }
}

/** `body[start, end)` decoded, cut out as it stands when it has no escapes. */
function decodeRange(body: string, start: number, end: number): string {
  const raw = body.slice(start, end);
  return hasEscapes(body, start, end) ? decodeEscaped(raw) : raw;
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

/** Whether `body[start, end)` has `%` or `+`, the only characters form decoding changes. */
function hasEscapes(body: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = body.charCodeAt(index);
    if (code === 37 /* % */ || code === 43 /* + */) return true;
  }
  return false;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const letter = code | 32;
  return letter >= 97 && letter <= 102 ? letter - 87 : -1;
}

/**
 * True when `body[start, end)` certainly decodes: every `%` starts an escape of an ASCII character (qs-style
 * suffixes like `%5B%5D%5B0%5D`). Checked in place, so such names need no decoding just to be refused or not.
 */
function hasOnlyAsciiEscapes(body: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    if (body.charCodeAt(index) !== 37 /* % */) continue;
    if (index + 2 >= end) return false;
    const high = hexDigit(body.charCodeAt(index + 1));
    if (high < 0 || high > 7 || hexDigit(body.charCodeAt(index + 2)) < 0) return false;
    index += 2;
  }
  return true;
}

/** The field named by `text[start, end)`, or undefined for a field events do not carry. */
function fieldAt(text: string, start: number, end: number): FieldName | undefined {
  const candidates = NAMES_BY_LENGTH[end - start];
  if (candidates !== undefined) {
    for (const name of candidates) if (text.startsWith(name, start)) return name;
  }
  return undefined;
}

/** The field a body's name (cut before its brackets) stands for, decoding it only when it has escapes. */
function fieldNamed(body: string, start: number, end: number): FieldName | undefined {
  if (!hasEscapes(body, start, end)) return fieldAt(body, start, end);
  const name = decodeEscaped(body.slice(start, end));
  return fieldAt(name, 0, name.length);
}

/**
 * Parses application/x-www-form-urlencoded text into the fields events carry. `user[]`, `user[][0]`, `user[0]`
 * and `user` all land in `user` (sipgate and qs-style senders differ). Every name and value must be validly
 * percent-encoded, dropped fields included, or FormDecodeError is thrown.
 */
export function parseEventFields(body: string): EventFields {
  const fields = new EventFields();
  const length = body.length;
  let start = 0;
  while (start <= length) {
    let end = body.indexOf('&', start);
    if (end === -1) end = length;
    if (end > start) {
      let eq = body.indexOf('=', start);
      if (eq === -1 || eq > end) eq = end;
      // The name is cut at its bracket: sipgate's `user%5B%5D` then needs no decoding at all.
      const cut = nameEnd(body, start, eq);
      const name = fieldNamed(body, start, cut);
      // The suffix is dropped, but malformed encoding there is refused too (decoding throws).
      if (cut !== eq && !hasOnlyAsciiEscapes(body, cut, eq)) decodeEscaped(body.slice(cut, eq));
      const value = eq < end ? decodeRange(body, eq + 1, end) : '';
      if (name !== undefined) fields.add(name, value);
    }
    start = end + 1;
  }
  return fields;
}

/**
 * Fields from a body another middleware already decoded into an object (express.urlencoded(), qs):
 * `user[]` and `user` land in `user` as in parseEventFields; values that are not strings are skipped.
 */
export function fieldsFromObject(parsed: object): EventFields {
  const fields = new EventFields();
  for (const [rawKey, value] of Object.entries(parsed)) {
    const bracket = rawKey.indexOf('[');
    const name = fieldAt(rawKey, 0, bracket === -1 ? rawKey.length : bracket);
    if (name === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') fields.add(name, item);
    }
  }
  return fields;
}

/** The wire carries numbers without `+`; events carry E.164. `anonymous` and '' stay as they are. */
function phoneNumber(value: string | undefined): string {
  if (value === undefined || value === '' || value === 'anonymous' || value.charCodeAt(0) === 43 /* + */) {
    return value ?? '';
  }
  return `+${value}`;
}

function originalCallId(fields: EventFields): string {
  return fields.origCallId ?? fields.originalCallId ?? '';
}

/**
 * Starts a call event (newCall, answer, hangup) with the fields all three carry.
 * Callers add their own fields by assignment: that keeps V8 on fast object shapes,
 * where an object spread measurably slowed the hot path.
 */
function callEvent<T extends GenericCallEvent>(fields: EventFields, event: T['event']): T {
  const base: GenericCallEvent = {
    event,
    callId: fields.callId ?? '',
    originalCallId: originalCallId(fields),
    direction: (fields.direction ?? '') as WebhookDirection,
    from: phoneNumber(fields.from),
    to: phoneNumber(fields.to),
    xcid: fields.xcid ?? '',
  };
  return base as T;
}

function addDiversion(event: { diversion?: string }, fields: EventFields): void {
  if (fields.diversion !== undefined) event.diversion = phoneNumber(fields.diversion);
}

/** One literal with every field, in the order the event has always had: newCall is the event sipgate sends most. */
function newCallEvent(fields: EventFields): NewCallEvent {
  const users = fields.user ?? [];
  const userIds = fields.userId ?? [];
  const fullUserIds = fields.fullUserId ?? [];
  const event: NewCallEvent = {
    event: EventType.NEW_CALL,
    callId: fields.callId ?? '',
    originalCallId: originalCallId(fields),
    direction: (fields.direction ?? '') as WebhookDirection,
    from: phoneNumber(fields.from),
    to: phoneNumber(fields.to),
    xcid: fields.xcid ?? '',
    users,
    user: users,
    userIds,
    userId: userIds,
    fullUserIds,
    fullUserId: fullUserIds,
  };
  addDiversion(event, fields);
  return event;
}

function answerEvent(fields: EventFields): AnswerEvent {
  const event = callEvent<AnswerEvent>(fields, EventType.ANSWER);
  event.answeringNumber = phoneNumber(fields.answeringNumber);
  if (fields.user !== undefined) event.user = fields.user[0];
  if (fields.userId !== undefined) event.userId = fields.userId[0];
  if (fields.fullUserId !== undefined) event.fullUserId = fields.fullUserId[0];
  addDiversion(event, fields);
  return event;
}

function hangUpEvent(fields: EventFields): HangUpEvent {
  const event = callEvent<HangUpEvent>(fields, EventType.HANGUP);
  event.cause = (fields.cause ?? '') as HangUpCause;
  event.answeringNumber = phoneNumber(fields.answeringNumber);
  addDiversion(event, fields);
  return event;
}

function dataEvent(fields: EventFields): DataEvent {
  return {
    event: EventType.DATA,
    callId: fields.callId ?? '',
    originalCallId: originalCallId(fields),
    dtmf: fields.dtmf ?? '',
  };
}

/**
 * The typed event for decoded fields: `null` for an event name this SDK does not
 * know (answered with an empty <Response/>), `undefined` when `event` is missing.
 */
export function eventFromFields(fields: EventFields): CallEvent | null | undefined {
  switch (fields.event) {
    case undefined:
    case '':
      return undefined;
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
  return eventFromFields(parseEventFields(body));
}
