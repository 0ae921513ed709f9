/**
 * RFC 4180 CSV: a single-pass parser (quoted fields, embedded delimiters, line breaks and doubled quotes,
 * BOM, CRLF/LF/CR) and the writing helpers every CSV the SDK produces goes through, including the one
 * spreadsheet-formula guard (OWASP "CSV injection") shared by the contacts and history exports.
 */

/** A CSV that cannot be read as RFC 4180 (an unclosed quote, text after a closing quote). */
export class CsvFormatError extends Error {
  /** 1-based physical line where the problem starts. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvFormatError';
    this.line = line;
  }
}

export interface CsvParseOptions {
  /** One character (default ','). */
  delimiter?: string;
  /**
   * Read malformed quoting anyway instead of throwing: an unclosed quote runs to the end of the text and
   * characters after a closing quote are kept. For re-writing text the SDK did not produce.
   */
  lenient?: boolean;
  /** Incremented once per character the parser examines; lets tests prove the parse is linear. */
  meter?: { steps: number };
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Parses CSV text into rows of fields. Every character is examined a bounded number of times, so the cost is
 * linear in the input whatever it contains. A blank line yields a row with one empty field (`['']`).
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): string[][] {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const meter = options.meter ?? { steps: 0 };
  const rows: string[][] = [];
  const length = text.length;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let row: string[] = [];
  if (position >= length) return rows;
  for (;;) {
    let field: string;
    if (text.charCodeAt(position) === QUOTE) {
      const startLine = line;
      let pieces = '';
      let start = position + 1;
      for (;;) {
        const close = text.indexOf('"', start);
        const end = close < 0 ? length : close;
        for (let i = start; i < end; i++) if (text.charCodeAt(i) === LF) line += 1;
        meter.steps += end - start + 1;
        if (close < 0) {
          if (!options.lenient) throw new CsvFormatError('a quoted field is never closed', startLine);
          pieces += text.slice(start);
          position = length;
          break;
        }
        pieces += text.slice(start, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          pieces += '"';
          start = close + 2;
          continue;
        }
        position = close + 1;
        break;
      }
      // Between the closing quote and the next delimiter or line break only nothing is allowed.
      const afterStart = position;
      while (position < length) {
        const code = text.charCodeAt(position);
        if (code === delimiter || code === LF || code === CR) break;
        meter.steps += 1;
        position += 1;
      }
      if (position > afterStart) {
        if (!options.lenient) throw new CsvFormatError('unexpected text after a closing quote', line);
        pieces += text.slice(afterStart, position);
      }
      field = pieces;
    } else {
      const start = position;
      while (position < length) {
        const code = text.charCodeAt(position);
        if (code === delimiter || code === LF || code === CR) break;
        meter.steps += 1;
        position += 1;
      }
      field = text.slice(start, position);
    }
    row.push(field);
    meter.steps += 1;
    if (position >= length) {
      rows.push(row);
      return rows;
    }
    const code = text.charCodeAt(position);
    position += 1;
    if (code === delimiter) continue;
    if (code === CR && text.charCodeAt(position) === LF) position += 1;
    line += 1;
    rows.push(row);
    row = [];
    if (position >= length) return rows;
  }
}

/** True for a row that holds nothing but blanks (a blank line, or `,,`). */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Whether a cell must be quoted: it holds the delimiter, a quote or a line break, or starts or ends with a space. */
function needsQuotes(value: string, delimiter: number): boolean {
  const last = value.length - 1;
  if (last < 0) return false;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(last) === 32) return true;
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i);
    if (code === delimiter || code === QUOTE || code === LF || code === CR) return true;
  }
  return false;
}

/** One cell, quoted only when it has to be (delimiter, quote, line break, or surrounding spaces). */
export function csvCell(value: string, delimiter = ','): string {
  return needsQuotes(value, delimiter.charCodeAt(0)) ? quotedCsvCell(value) : value;
}

/** One cell, always quoted (the layout of the official package's exports). */
export function quotedCsvCell(value: string): string {
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

// A spreadsheet runs a cell as a formula when it starts with one of these (OWASP CSV injection). Leading
// whitespace is skipped first because some spreadsheets trim it on import; the full-width forms are included
// because some spreadsheets normalise them.
const FORMULA_TRIGGER = /^[\s\u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
// A phone number as people write it: an optional leading +, then digits with single spaces, dashes, dots or
// slashes between them and digits in brackets. No letters, so no function, reference or DDE call can hide in it.
const PHONE_NUMBER = /^\+?(?:\(\d+\)|\d)(?:[ ./-]?(?:\(\d+\)|\d))*$/;

/** Whether a cell would start a formula in a spreadsheet. */
export function isFormulaCell(value: string): boolean {
  const first = value.charCodeAt(0);
  // Fast path: a cell that starts with a letter or digit is never a formula.
  if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return false;
  return FORMULA_TRIGGER.test(value);
}

/** Whether a cell is a phone number such as `+4921112345`, `+49 211 123-45` or `(0211) 12345`. */
export function isPhoneNumberCell(value: string): boolean {
  return PHONE_NUMBER.test(value);
}

/**
 * Makes a cell safe to open in a spreadsheet: a cell that would start a formula gets a leading `'`, which
 * spreadsheets read as "this is text". In a column of phone numbers (`phoneColumn`) a cell made only of
 * phone numbers (several joined by `separator`) stays as it is.
 */
export function neutraliseFormula(value: string, phoneColumn = false, separator?: string): string {
  if (!isFormulaCell(value)) return value;
  if (phoneColumn) {
    const parts = separator === undefined ? [value] : value.split(separator);
    if (parts.every(isPhoneNumberCell)) return value;
  }
  return `'${value}`;
}

export interface SanitiseCsvOptions {
  /** Column separator; default: ';' when the header line has semicolons and no commas, otherwise ','. */
  delimiter?: string;
  /**
   * Columns (by header name) that hold phone numbers; their phone numbers stay as they are. Default: headers
   * that name a number or a call party (`number`, `phone`, `source`, `target`, `from`, `to`, `caller`, …).
   */
  isPhoneColumn?: (header: string) => boolean;
}

const PHONE_HEADER = /number|phone|nummer|^(?:source|target|from|to|caller|callee|msisdn|e164)$/i;

/** Whether a header names a column of phone numbers (the default of `sanitiseCsvText`). */
export function isPhoneHeader(header: string): boolean {
  return PHONE_HEADER.test(header);
}

function detectDelimiter(text: string): string {
  const firstLineEnd = text.search(/[\r\n]/);
  const header = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/**
 * Re-writes CSV text that the SDK did not produce (a server export) with every formula cell neutralised.
 * The first row is the header. Line breaks keep the style of the input, and a final line break is kept.
 */
export function sanitiseCsvText(text: string, options: SanitiseCsvOptions = {}): string {
  if (text === '') return text;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows = parseCsv(text, { delimiter, lenient: true });
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const endsWithBreak = /[\r\n]$/.test(text);
  const header = rows[0] ?? [];
  const isPhoneColumn = options.isPhoneColumn ?? isPhoneHeader;
  const phoneColumns = header.map((name) => isPhoneColumn(name.trim()));
  const out = rows.map((row, rowIndex) =>
    row
      .map((cell, column) =>
        csvCell(rowIndex === 0 ? neutraliseFormula(cell) : neutraliseFormula(cell, phoneColumns[column]), delimiter),
      )
      .join(delimiter),
  );
  return (text.charCodeAt(0) === 0xfeff ? '\ufeff' : '') + out.join(eol) + (endsWithBreak ? eol : '');
}
