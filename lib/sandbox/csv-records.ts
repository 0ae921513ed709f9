/**
 * The sandbox's own reading of an uploaded contacts CSV (it shares no code with the client it judges):
 * RFC 4180 records as header-keyed objects, blank lines skipped. Unbalanced quotes are refused.
 */
export class UnbalancedQuotesError extends Error {}

/** Splits CSV text into records of fields, walking it character by character. */
function records(text: string): string[][] {
  const out: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.some((value) => value.trim() !== '')) out.push(fields);
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else inQuotes = false;
    } else if (char === '"' && field === '' && !wasQuoted) {
      inQuotes = true;
      wasQuoted = true;
    } else if (char === '"') {
      throw new UnbalancedQuotesError('a quote inside an unquoted field');
    } else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else field += char;
  }
  if (inQuotes) throw new UnbalancedQuotesError('an unclosed quote');
  if (field !== '' || fields.length > 0) endRecord();
  return out;
}

/** Records keyed by their lower-cased, trimmed header names. */
export function csvRecords(text: string): { fields: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...rest] = records(text.replace(/^\uFEFF/, ''));
  const fields = header.map((name) => name.trim().toLowerCase());
  return { fields, rows: rest.map((cells) => Object.fromEntries(fields.map((name, index) => [name, cells[index]]))) };
}
