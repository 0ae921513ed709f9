/**
 * The `WebhookResponse` builder and the XML renderer for handler results.
 * Imports nothing Node-specific: the browser bundle ships this file.
 * Options are validated when an action is built, so a mistake surfaces as a
 * ValidationError in the handler that made it, naming the field.
 */
import { ValidationError } from '../core/errors';
import { normalizePhoneNumber, validateBoolean, validateInteger } from '../core/validators';
import { playAudioAndHangUp, playAudioAndTransfer } from './timed-play';
import { escapeXml } from './xml-escape';
import { announcementUrl, describeUnsafe, UNSAFE_TEXT, UNSAFE_URL } from './xml-values';
import {
  type GatherObject,
  type GatherOptions,
  type HangUpObject,
  type PlayObject,
  type PlayOptions,
  type RedirectObject,
  type RedirectOptions,
  type RejectObject,
  type RejectOptions,
  type ResponseObject,
  type VoicemailObject,
  type WebhookResponseInterface,
} from './types';

/** sipgate redirects an incoming call to at most this many targets at once. */
export const MAX_REDIRECT_TARGETS = 5;

/** Spelled as the official package writes it, so snapshot tests written against it keep passing. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

function requireOptions(options: unknown, field: string): Record<string, unknown> {
  if (options === null || typeof options !== 'object') {
    throw new ValidationError(field, `${field} must be an options object`);
  }
  return options as Record<string, unknown>;
}

/** International digits without the `+`, the form sipgate's XML examples (and its webhooks) use. */
const WIRE_NUMBER = /^[1-9]\d{6,14}$/;

/** sipgate's XML examples write numbers as digits without the leading `+`; that form is accepted too. */
function toWireNumber(value: unknown, field: string): string {
  if (typeof value === 'string' && WIRE_NUMBER.test(value)) return value;
  return normalizePhoneNumber(value, field).slice(1);
}

function redirectCall(options: RedirectOptions): RedirectObject {
  const opts = requireOptions(options, 'redirectOptions');
  const numbers = opts.numbers;
  if (!Array.isArray(numbers) || numbers.length < 1 || numbers.length > MAX_REDIRECT_TARGETS) {
    throw new ValidationError('numbers', `numbers must be an array of 1 to ${MAX_REDIRECT_TARGETS} phone numbers`);
  }
  const attributes: RedirectObject['Dial']['_attributes'] = {};
  if (opts.callerId !== undefined) attributes.callerId = toWireNumber(opts.callerId, 'callerId');
  if (opts.anonymous !== undefined) attributes.anonymous = String(validateBoolean(opts.anonymous, 'anonymous'));
  return {
    Dial: { _attributes: attributes, Number: numbers.map((n, i) => toWireNumber(n, `numbers[${i}]`)) },
  };
}

function sendToVoicemail(): VoicemailObject {
  return { Dial: { Voicemail: {} } };
}

function rejectCall(options: RejectOptions): RejectObject {
  const reason = requireOptions(options, 'rejectOptions').reason;
  if (reason !== 'busy' && reason !== 'rejected') {
    throw new ValidationError(
      'reason',
      `reason must be "busy" or "rejected", got ${JSON.stringify(reason) ?? typeof reason}`,
    );
  }
  return { Reject: { _attributes: { reason } } };
}

function playAudio(options: PlayOptions): PlayObject {
  return { Play: { Url: announcementUrl(requireOptions(options, 'playOptions').announcement) } };
}

function gatherDTMF(options: GatherOptions): GatherObject {
  const opts = requireOptions(options, 'gatherOptions');
  const maxDigits = validateInteger(opts.maxDigits, 'maxDigits', 1);
  const timeout = validateInteger(opts.timeout, 'timeout', 0);
  const gather: GatherObject['Gather'] = {
    _attributes: { maxDigits: String(maxDigits), timeout: String(timeout) },
  };
  if (opts.announcement !== undefined) {
    gather.Play = { Url: announcementUrl(opts.announcement) };
  }
  return { Gather: gather };
}

function hangUpCall(): HangUpObject {
  return { Hangup: {} };
}

export const WebhookResponse: WebhookResponseInterface = Object.freeze({
  redirectCall,
  sendToVoicemail,
  rejectCall,
  playAudio,
  gatherDTMF,
  hangUpCall,
  playAudioAndHangUp,
  playAudioAndTransfer,
});

// ---------------------------------------------------------------- rendering

function invalidResponse(detail: string, what?: string): ValidationError {
  const field = what === undefined ? 'response' : `response.${what}`;
  return new ValidationError(field, `handler returned an invalid response object: ${detail}`);
}

/**
 * True when every character is printable ASCII that needs no escaping (above `lowest`): most values are numbers
 * and plain URLs, and this loop settles them without the two regular expressions.
 */
function isPlain(value: string, lowest: number): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (
      code < lowest ||
      code > 0x7e ||
      code === 0x22 ||
      code === 0x26 ||
      code === 0x27 ||
      code === 0x3c ||
      code === 0x3e
    )
      return false;
  }
  return true;
}

/**
 * Every value the renderer writes passes here: refused when XML could not carry it exactly. `element` and `name`
 * name the value in an error (joined only then).
 */
function textOf(value: unknown, element: string, name: string, url = false): string {
  if (typeof value === 'string') {
    // Text may contain spaces; a URL may not (UNSAFE_URL).
    if (isPlain(value, url ? 0x21 : 0x20)) return value;
    const unsafe = describeUnsafe(value, url ? UNSAFE_URL : UNSAFE_TEXT);
    if (unsafe !== undefined) {
      throw invalidResponse(
        `${element}.${name} contains a character XML cannot carry (${unsafe})`,
        `${element}.${name}`,
      );
    }
    return escapeXml(value);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw invalidResponse(`${element}.${name} must be a string`, `${element}.${name}`);
}

function attribute(name: string, value: unknown, element: string): string {
  return value === undefined || value === null ? '' : ` ${name}="${textOf(value, element, name)}"`;
}

function renderPlay(play: unknown, what: string): string {
  if (play === null || typeof play !== 'object') throw invalidResponse(`${what} must be an object`, what);
  return `<Play><Url>${textOf((play as { Url?: unknown }).Url, what, 'Url', true)}</Url></Play>`;
}

function attributesOf(element: Record<string, unknown>): Record<string, unknown> {
  const attrs = element._attributes;
  return attrs !== null && typeof attrs === 'object' ? (attrs as Record<string, unknown>) : {};
}

/**
 * Renders one action. `onDataAttribute` is the pre-escaped ` onData="…"` that every
 * Gather gets (sipgate requires it; it points back to this server).
 */
export function renderAction(action: ResponseObject, onDataAttribute: string): string {
  if (action === null || typeof action !== 'object') throw invalidResponse('expected an object');
  const obj = action as Record<string, unknown>;
  const dial = obj.Dial as Record<string, unknown> | undefined;
  if (dial !== undefined) {
    if (dial === null || typeof dial !== 'object') throw invalidResponse('Dial must be an object');
    if (dial.Voicemail !== undefined) return '<Dial><Voicemail/></Dial>';
    const attrs = attributesOf(dial);
    const raw = dial.Number;
    const numbers = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    if (numbers.length === 0) throw invalidResponse('Dial needs at least one Number');
    let inner = '';
    for (const n of numbers) inner += `<Number>${textOf(n, 'Dial', 'Number')}</Number>`;
    return `<Dial${attribute('callerId', attrs.callerId, 'Dial')}${attribute('anonymous', attrs.anonymous, 'Dial')}>${inner}</Dial>`;
  }
  const gather = obj.Gather as Record<string, unknown> | undefined;
  if (gather !== undefined) {
    if (gather === null || typeof gather !== 'object') throw invalidResponse('Gather must be an object');
    const attrs = attributesOf(gather);
    // Attribute order as the official package writes it.
    const open = `<Gather${attribute('maxDigits', attrs.maxDigits, 'Gather')}${attribute('timeout', attrs.timeout, 'Gather')}${onDataAttribute}`;
    return gather.Play === undefined ? `${open}/>` : `${open}>${renderPlay(gather.Play, 'Gather.Play')}</Gather>`;
  }
  if (obj.Play !== undefined) return renderPlay(obj.Play, 'Play');
  const reject = obj.Reject as Record<string, unknown> | undefined;
  if (reject !== undefined) {
    if (reject === null || typeof reject !== 'object') throw invalidResponse('Reject must be an object');
    return `<Reject${attribute('reason', attributesOf(reject).reason, 'Reject')}/>`;
  }
  if (obj.Hangup !== undefined) return '<Hangup/>';
  throw invalidResponse('unknown action (expected Dial, Gather, Play, Reject or Hangup)');
}

/**
 * Renders a complete answer document. `responseAttributes` is the pre-escaped
 * attribute string of <Response> (follow-up URLs), '' for none.
 */
export function renderResponse(
  action: ResponseObject | void | undefined | null,
  responseAttributes: string,
  onDataAttribute: string,
): string {
  if (action === undefined || action === null) return `${XML_DECLARATION}<Response${responseAttributes}/>`;
  return `${XML_DECLARATION}<Response${responseAttributes}>${renderAction(action, onDataAttribute)}</Response>`;
}
