/**
 * Reads a contacts CSV the way people write them (any column order, any header case, extra columns,
 * quoted fields, blank lines) and re-projects it to the exact `firstname,lastname,number` layout that
 * POST /contacts/import/csv expects.
 */
import Papa from 'papaparse';
import { ValidationError } from '../core/errors';
import { isPhoneNumber, normalizePhoneNumber } from '../core/validators';

export const CSV_COLUMNS = ['firstname', 'lastname', 'number'] as const;

export interface ProjectedCsv {
  /** The CSV to upload; empty when there is nothing to import. */
  csv: string;
  /** Number of contacts in `csv`. */
  count: number;
  warnings: string[];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || String(value).trim() === '';
}

/** Rows are counted from 1 for the first record after the header. */
export function projectContactsCsv(csvContent: unknown, delimiter = ','): ProjectedCsv {
  if (typeof csvContent !== 'string' || csvContent.trim() === '') {
    throw new ValidationError(
      'csvContent',
      'csvContent must be a CSV string with a header row firstname,lastname,number',
    );
  }
  const parsed = Papa.parse<Record<string, string>>(csvContent.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    throw new ValidationError('csvContent', `CSV row ${(quoteError.row ?? 0) + 1}: ${quoteError.message}`);
  }
  const header = parsed.meta.fields ?? [];
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ValidationError(
      'csvContent',
      `CSV header is missing the column(s) ${missing.join(', ')} (found: ${header.join(', ') || 'none'})`,
    );
  }

  const warnings: string[] = [];
  const rows: string[][] = [];
  parsed.data.forEach((record, index) => {
    const row = index + 1;
    if (Object.values(record).every((value) => (Array.isArray(value) ? value.every(isBlank) : isBlank(value)))) {
      warnings.push(`CSV row ${row} is an empty record and was skipped`);
      return;
    }
    const firstname = (record.firstname ?? '').trim();
    const lastname = (record.lastname ?? '').trim();
    const number = record.number ?? '';
    if (firstname === '' && lastname === '') {
      throw new ValidationError(
        `csvContent[${row}].firstname`,
        `CSV row ${row} has neither a firstname nor a lastname`,
      );
    }
    if (!isPhoneNumber(number)) {
      throw new ValidationError(
        `csvContent[${row}].number`,
        `CSV row ${row} (${firstname} ${lastname}) has an invalid number ${JSON.stringify(number)}; expected E.164 such as +4921112345678`,
      );
    }
    rows.push([firstname, lastname, normalizePhoneNumber(number)]);
  });

  if (rows.length === 0) {
    warnings.push('CSV contains no contacts (only a header row or empty records); nothing was imported');
    return { csv: '', count: 0, warnings };
  }
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' });
  return { csv, count: rows.length, warnings };
}
