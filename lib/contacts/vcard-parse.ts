/**
 * A vCard 3.0 / 4.0 reader (RFC 2426, RFC 6350) that is linear in its input: lines are split and unfolded in
 * one pass, and every property line is cut into group, name, parameters and value by one scan. No regular
 * expression ever runs over an unbounded part of the input, so no card can stall the event loop.
 */
import { ValidationError } from '../core/errors';
import { VCARD_LIMITS } from './limits';

export interface VCardProperty {
  /** Upper-case property name (`TEL`), without its group. */
  name: string;
  /** Parameters by upper-case name; values split on unquoted commas, quotes removed. */
  params: Record<string, string[]>;
  /** The raw value, still escaped. */
  value: string;
}

export interface RawVCard {
  /** 1-based position of the card in the input. */
  number: number;
  /** Line of its BEGIN:VCARD. */
  line: number;
  version: string;
  properties: VCardProperty[];
}

interface LogicalLine {
  text: string;
  line: number;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;

function tooLarge(field: string, message: string): ValidationError {
  return new ValidationError(field, message);
}

/**
 * Splits into physical lines (CRLF, LF or CR) and joins folded continuation lines (those starting with a
 * space or tab). Blank lines are dropped. Each character is looked at once.
 */
function unfold(text: string, meter: { steps: number }): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let pieces: string[] = [];
  let logicalLength = 0;
  let logicalStart = 0;
  let lineNumber = 0;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const flush = () => {
    if (pieces.length > 0) lines.push({ text: pieces.length === 1 ? pieces[0] : pieces.join(''), line: logicalStart });
    pieces = [];
    logicalLength = 0;
  };
  while (position < text.length) {
    let end = position;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === LF || code === CR) break;
      end += 1;
    }
    meter.steps += end - position + 1;
    lineNumber += 1;
    const first = text.charCodeAt(position);
    if (end > position && (first === SPACE || first === TAB) && pieces.length > 0) {
      pieces.push(text.slice(position + 1, end));
      logicalLength += end - position - 1;
    } else {
      flush();
      if (end > position) {
        pieces.push(text.slice(position, end));
        logicalLength = end - position;
        logicalStart = lineNumber;
      }
    }
    if (logicalLength > VCARD_LIMITS.maxLineChars) {
      throw tooLarge(
        'vcardContent',
        `vCard line ${logicalStart} is longer than ${VCARD_LIMITS.maxLineChars} characters (after unfolding)`,
      );
    }
    position = end;
    if (text.charCodeAt(position) === CR) position += 1;
    if (text.charCodeAt(position) === LF) position += 1;
  }
  flush();
  return lines;
}

/** RFC 6868 parameter value escapes: ^n, ^^ and ^'. */
function caretDecode(value: string): string {
  if (!value.includes('^')) return value;
  return value.replace(/\^([n^'])/g, (_, char: string) => (char === 'n' ? '\n' : char === "'" ? '"' : '^'));
}

/** Splits a parameter value on commas outside double quotes and removes the quotes. */
function paramValues(raw: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      values.push(caretDecode(current));
      current = '';
    } else current += char;
  }
  values.push(caretDecode(current));
  return values;
}

/** Cuts `[group.]NAME *(;PARAM[=VALUE]) : value`; the colon is the first one outside a quoted parameter. */
function parseProperty(line: LogicalLine, meter: { steps: number }, field: string): VCardProperty {
  const text = line.text;
  const segments: string[] = [];
  let start = 0;
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    meter.steps += 1;
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && code === 59 /* ; */) {
      segments.push(text.slice(start, i));
      start = i + 1;
    } else if (!quoted && code === 58 /* : */) {
      colon = i;
      break;
    }
  }
  if (colon < 0) {
    throw new ValidationError(field, `vCard line ${line.line} has no ':' between property name and value`);
  }
  segments.push(text.slice(start, colon));
  const qualified = segments[0].trim();
  const dot = qualified.lastIndexOf('.');
  const name = (dot < 0 ? qualified : qualified.slice(dot + 1)).toUpperCase();
  if (name === '') throw new ValidationError(field, `vCard line ${line.line} has no property name`);
  const params: Record<string, string[]> = {};
  for (const segment of segments.slice(1)) {
    const equals = segment.indexOf('=');
    // vCard 2.1 style bare parameters (`TEL;CELL:`) are types.
    const key = equals < 0 ? 'TYPE' : segment.slice(0, equals).trim().toUpperCase();
    const values = paramValues(equals < 0 ? segment : segment.slice(equals + 1));
    const list = (params[key] ??= []);
    for (const value of values) list.push(value);
  }
  return { name, params, value: text.slice(colon + 1) };
}

function isMarker(line: LogicalLine, marker: 'BEGIN' | 'END'): boolean {
  // Cheap checks first: only lines of the right length and start are compared fully.
  const text = line.text;
  if (text.length > 40 || text.length < marker.length + 6) return false;
  const colon = text.indexOf(':');
  return (
    colon >= 0 &&
    text.slice(0, colon).trim().toUpperCase() === marker &&
    text
      .slice(colon + 1)
      .trim()
      .toUpperCase() === 'VCARD'
  );
}

/**
 * Reads every card of the input. Throws a ValidationError naming the card (`vcardContent[n]`) or the input
 * for text outside cards, a card without END, unsupported versions and input beyond VCARD_LIMITS.
 */
export function readVCards(input: unknown, meter: { steps: number } = { steps: 0 }): RawVCard[] {
  if (typeof input !== 'string' || input.trim() === '') {
    throw new ValidationError('vcardContent', 'vcardContent must be a non-empty vCard string');
  }
  if (input.length > VCARD_LIMITS.maxInputChars) {
    throw tooLarge(
      'vcardContent',
      `vcardContent has ${input.length} characters; at most ${VCARD_LIMITS.maxInputChars} are accepted in one call`,
    );
  }
  const cards: RawVCard[] = [];
  let current: RawVCard | undefined;
  for (const line of unfold(input, meter)) {
    if (current === undefined) {
      if (!isMarker(line, 'BEGIN')) {
        const where =
          cards.length === 0 ? 'must start with BEGIN:VCARD' : `has text outside a card at line ${line.line}`;
        throw new ValidationError('vcardContent', `vcardContent ${where}`);
      }
      if (cards.length >= VCARD_LIMITS.maxCards) {
        throw tooLarge('vcardContent', `vcardContent has more than ${VCARD_LIMITS.maxCards} cards`);
      }
      current = { number: cards.length + 1, line: line.line, version: '', properties: [] };
      continue;
    }
    const field = `vcardContent[${current.number}]`;
    if (isMarker(line, 'END')) {
      if (current.version !== '3.0' && current.version !== '4.0') {
        const found = current.version === '' ? 'no VERSION' : `version ${current.version}`;
        throw new ValidationError(field, `vCard ${current.number} has ${found}; 3.0 and 4.0 are supported`);
      }
      cards.push(current);
      current = undefined;
      continue;
    }
    if (isMarker(line, 'BEGIN')) {
      throw new ValidationError(field, `vCard ${current.number} has no END:VCARD before line ${line.line}`);
    }
    const property = parseProperty(line, meter, field);
    if (property.name === 'VERSION') current.version = property.value.trim();
    else if (current.properties.length >= VCARD_LIMITS.maxPropertiesPerCard) {
      throw tooLarge(field, `vCard ${current.number} has more than ${VCARD_LIMITS.maxPropertiesPerCard} properties`);
    } else current.properties.push(property);
  }
  if (current !== undefined) {
    throw new ValidationError(`vcardContent[${current.number}]`, `vCard ${current.number} has no END:VCARD`);
  }
  return cards;
}
