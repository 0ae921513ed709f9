/** CSV for the command line through the SDK's one CSV parser, writer and formula guard. */
import { csvCell, isBlankRow, isPhoneHeader, neutraliseFormula, parseCsv } from '../core/csv';

function text(value: unknown): string {
  return value instanceof Date ? value.toISOString() : value === undefined || value === null ? '' : String(value);
}

/** One row; phone numbers stay as they are only in the columns whose header names a number or a call party. */
export function csvRow(values: readonly unknown[], columns: readonly string[]): string {
  return `${values.map((value, i) => csvCell(neutraliseFormula(text(value), isPhoneHeader(columns[i] ?? '')))).join(',')}\n`;
}

/** Records in CSV text after its header row: quoted cells may hold line breaks, so lines are not rows. */
export function csvRecordCount(text: string, delimiter = ','): number {
  const rows = parseCsv(text, { delimiter, lenient: true }).filter((row) => !isBlankRow(row));
  return Math.max(0, rows.length - 1);
}
