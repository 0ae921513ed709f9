/** CSV rows (RFC 4180) for the history export, through the SDK's one CSV writer and formula guard. */
import { csvCell, isPhoneHeader, neutraliseFormula } from '../core/csv';

function text(value: unknown): string {
  return value instanceof Date ? value.toISOString() : value === undefined || value === null ? '' : String(value);
}

/** One row; phone numbers stay as they are only in the columns whose header names a number or a call party. */
export function csvRow(values: readonly unknown[], columns: readonly string[]): string {
  return `${values.map((value, i) => csvCell(neutraliseFormula(text(value), isPhoneHeader(columns[i] ?? '')))).join(',')}\n`;
}
