/** CSV for the command line through the SDK's one CSV cell writer and formula guard. */
import { csvCell, isPhoneHeader, neutraliseFormula } from '../core/csv';

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
