/**
 * SIP messages (RFC 3261 section 7) as the sandbox's proxy needs them: parsing with compact header names,
 * folded lines and comma-separated lists, serialising with a recomputed Content-Length. Anything it cannot
 * read raises SipParseError; limits keep a hostile message small.
 */

export class SipParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SipParseError';
  }
}

export interface SipMessage {
  /** Set on requests. */
  method?: string;
  uri?: string;
  /** Set on responses. */
  status?: number;
  reason?: string;
  /** Lower-case full header names with their values, in order; list headers hold one value per entry. */
  headers: Array<[string, string]>;
  body: string;
}

const COMPACT: Record<string, string> = {
  i: 'call-id',
  m: 'contact',
  e: 'content-encoding',
  l: 'content-length',
  c: 'content-type',
  f: 'from',
  s: 'subject',
  k: 'supported',
  t: 'to',
  v: 'via',
  o: 'event',
  r: 'refer-to',
  b: 'referred-by',
  u: 'allow-events',
  x: 'session-expires',
};

/** Headers whose comma-separated values are separate entries (and may be split or joined freely). */
const LIST_HEADERS = new Set(['via', 'route', 'record-route', 'contact', 'allow', 'supported', 'require']);

const DISPLAY_NAMES: Record<string, string> = {
  'call-id': 'Call-ID',
  cseq: 'CSeq',
  'www-authenticate': 'WWW-Authenticate',
  'content-length': 'Content-Length',
};

const MAX_HEADERS = 100;
const MAX_LINE = 8 * 1024;
const METHOD = /^[A-Za-z][A-Za-z0-9.!%*_+`'~-]*$/;

function displayName(name: string): string {
  return DISPLAY_NAMES[name] ?? name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/** Splits a header value at commas outside quotes and angle brackets. */
export function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '<') depth++;
    else if (c === '>') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts.filter((p) => p !== '');
}

export function parseMessage(text: string): SipMessage {
  const split = text.search(/\r?\n\r?\n/);
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split).replace(/^\r?\n\r?\n/, '');
  const lines = head.split(/\r?\n/);
  const startLine = lines.shift() ?? '';
  if (startLine.length > MAX_LINE) throw new SipParseError('start line too long');
  const message: SipMessage = { headers: [], body };

  const response = /^SIP\/2\.0 ([1-6]\d\d) ?(.*)$/.exec(startLine);
  const request = /^(\S+) (\S+) SIP\/2\.0$/.exec(startLine);
  if (response) {
    message.status = Number(response[1]);
    message.reason = response[2];
  } else if (request && METHOD.test(request[1])) {
    message.method = request[1].toUpperCase();
    message.uri = request[2];
    if (!/^sips?:/i.test(message.uri)) throw new SipParseError('Request-URI is not a SIP URI');
  } else throw new SipParseError('not a SIP start line');

  const unfolded: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && unfolded.length > 0) unfolded[unfolded.length - 1] += ` ${line.trim()}`;
    else unfolded.push(line);
  }
  for (const line of unfolded) {
    if (line.length > MAX_LINE) throw new SipParseError('header line too long');
    const colon = line.indexOf(':');
    if (colon <= 0) throw new SipParseError('malformed header line');
    const raw = line.slice(0, colon).trim().toLowerCase();
    if (!/^[a-z0-9!%*_+`'~.-]+$/.test(raw)) throw new SipParseError('malformed header name');
    const name = COMPACT[raw] ?? raw;
    const value = line.slice(colon + 1).trim();
    const values = LIST_HEADERS.has(name) ? splitList(value) : [value];
    for (const v of values) message.headers.push([name, v]);
    if (message.headers.length > MAX_HEADERS) throw new SipParseError('too many headers');
  }

  for (const required of ['via', 'from', 'to', 'call-id', 'cseq']) {
    if (!getHeader(message, required)) throw new SipParseError(`missing ${displayName(required)} header`);
  }
  if (!/^\d{1,10} [A-Za-z]+$/.test(getHeader(message, 'cseq') ?? '')) throw new SipParseError('malformed CSeq');
  const length = getHeader(message, 'content-length');
  if (length !== undefined) {
    if (!/^\d{1,7}$/.test(length)) throw new SipParseError('malformed Content-Length');
    const bytes = Buffer.from(body, 'utf8');
    if (Number(length) > bytes.length) throw new SipParseError('body shorter than Content-Length');
    message.body = bytes.subarray(0, Number(length)).toString('utf8');
  }
  return message;
}

export function getHeader(message: SipMessage, name: string): string | undefined {
  return message.headers.find(([n]) => n === name)?.[1];
}

export function getHeaders(message: SipMessage, name: string): string[] {
  return message.headers.filter(([n]) => n === name).map(([, v]) => v);
}

export function setHeader(message: SipMessage, name: string, value: string): void {
  const index = message.headers.findIndex(([n]) => n === name);
  if (index < 0) message.headers.push([name, value]);
  else {
    message.headers[index] = [name, value];
    message.headers = message.headers.filter(([n], i) => n !== name || i === index);
  }
}

export function removeHeader(message: SipMessage, name: string): void {
  message.headers = message.headers.filter(([n]) => n !== name);
}

/** Adds a value before the existing ones (Via and Record-Route are prepended). */
export function prependHeader(message: SipMessage, name: string, value: string): void {
  const index = message.headers.findIndex(([n]) => n === name);
  message.headers.splice(index < 0 ? 0 : index, 0, [name, value]);
}

/** Removes the first value of a header and returns it. */
export function shiftHeader(message: SipMessage, name: string): string | undefined {
  const index = message.headers.findIndex(([n]) => n === name);
  if (index < 0) return undefined;
  return message.headers.splice(index, 1)[0][1];
}

export function serialize(message: SipMessage): string {
  const start =
    message.method !== undefined
      ? `${message.method} ${message.uri} SIP/2.0`
      : `SIP/2.0 ${message.status} ${message.reason ?? ''}`;
  const lines = [start];
  for (const [name, value] of message.headers) {
    if (name !== 'content-length') lines.push(`${displayName(name)}: ${value}`);
  }
  lines.push(`Content-Length: ${Buffer.byteLength(message.body, 'utf8')}`);
  return `${lines.join('\r\n')}\r\n\r\n${message.body}`;
}

/** The CSeq header's sequence number and method (`2 INVITE`); 0 and '' when it is missing. */
export function cseqOf(message: SipMessage): { number: number; method: string } {
  const [number, method] = (getHeader(message, 'cseq') ?? '').trim().split(/\s+/);
  return { number: Number(number) || 0, method: method ?? '' };
}

/** `tag` (or another parameter) of a From/To/Via/Contact value, outside any <...> URI. */
export function headerParam(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const outside = value.replace(/<[^>]*>/g, '').replace(/"[^"]*"/g, '');
  const match = new RegExp(`;\\s*${name}\\s*=\\s*("[^"]*"|[^;,\\s]+)`, 'i').exec(outside);
  return match ? match[1].replace(/^"|"$/g, '') : undefined;
}

/** The URI inside a name-addr (`"Ada" <sip:e0@x>;tag=1` → `sip:e0@x`) or an addr-spec without parameters. */
export function headerUri(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const angled = /<([^>]*)>/.exec(value);
  if (angled) return angled[1];
  return value.split(';')[0].trim();
}

/** User part of a SIP URI (`sip:+4930123@sipgate.de;transport=ws` → `+4930123`). */
export function uriUser(uri: string | undefined): string | undefined {
  const match = /^sips?:([^@;?]+)@/i.exec(uri ?? '');
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1].split(':')[0]);
  } catch {
    return undefined;
  }
}

/** The response to a request: Via, From, To (with a tag when given), Call-ID and CSeq copied. */
export function createResponse(
  request: SipMessage,
  status: number,
  reason: string,
  extra: Array<[string, string]> = [],
  toTag?: string,
): SipMessage {
  const headers: Array<[string, string]> = [];
  for (const [name, value] of request.headers) {
    if (name === 'to' && toTag && !headerParam(value, 'tag')) headers.push([name, `${value};tag=${toTag}`]);
    else if (['via', 'from', 'to', 'call-id', 'cseq'].includes(name)) headers.push([name, value]);
  }
  return { status, reason, headers: [...headers, ...extra], body: '' };
}
