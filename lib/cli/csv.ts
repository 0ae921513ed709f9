/** CSV rows (RFC 4180) for the history export, safe to open in a spreadsheet. */

// A cell starting like a formula would run in a spreadsheet; phone numbers (+49…) stay as they are.
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s(]))/;

function cell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(cell).join(',')}\n`;
}
