/** CSV for the command line through the SDK's one CSV parser, writer and formula guard. */
import { csvCell, isBlankRow, isPhoneHeader, neutraliseFormula, parseCsv } from '../core/csv';

function text(value: unknown): string {
  return value instanceof Date ? value.toISOString() : value === undefined || value === null ? '' : String(value);
}

/**
 * A header row and one row per record. Phone numbers stay as they are only in the columns whose header names a
 * number or a call party; that is decided once per column, not per cell.
 */
export function csvTable<K extends string>(
  columns: readonly K[],
  records: readonly { readonly [P in K]?: unknown }[],
): string {
  const keepsPhoneNumbers = columns.map(isPhoneHeader);
  const row = (values: readonly unknown[]) =>
    `${values.map((value, i) => csvCell(neutraliseFormula(text(value), keepsPhoneNumbers[i]))).join(',')}\n`;
  return row(columns) + records.map((record) => row(columns.map((column) => record[column]))).join('');
}

/** Records in CSV text after its header row: quoted cells may hold line breaks, so lines are not rows. */
export function csvRecordCount(text: string, delimiter = ','): number {
  const rows = parseCsv(text, { delimiter, lenient: true }).filter((row) => !isBlankRow(row));
  return Math.max(0, rows.length - 1);
}
