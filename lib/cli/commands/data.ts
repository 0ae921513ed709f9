/** `history export` (every page, CSV or JSON), `contacts import FILE` and `contacts export` (CSV or vCard). */
import type { Command } from 'commander';
import { collect, paginate } from '../../core/pagination';
import { HistoryEntryType, type HistoryEntry } from '../../history';
import { MAX_HISTORY_LIMIT } from '../../history/validators';
import type { CsvImportReport, ExportScope, Scope } from '../../contacts';
import { contactsToCsv } from '../../contacts/csv-export';
import { contactsToAddressBook } from '../../contacts/vcard';
import { oneOf, positiveInteger, readInputFile, type CliContext } from '../context';
import { csvTable } from '../csv';
import type { Action } from '../main';

const HISTORY_COLUMNS = [
  'id',
  'created',
  'type',
  'direction',
  'source',
  'target',
  'sourceAlias',
  'targetAlias',
  'status',
  'read',
  'starred',
  'archived',
  'note',
] as const;
const HISTORY_TYPES = Object.values(HistoryEntryType) as HistoryEntryType[];

/** Where an export's summary goes: stdout when the data went to a file, stderr when stdout carries the data. */
function reportExport(
  ctx: CliContext,
  output: string | undefined,
  summary: Record<string, unknown>,
  text: string,
): void {
  if (output && output !== '-') ctx.result({ ...summary, output }, `${text} to ${output}`);
  else ctx.info(text);
}

/**
 * Every entry, through the SDK's page walker: it stops at the total and refuses a server that ignores the
 * offset (PaginationStalledError) instead of looping or repeating rows. Pages come from fetchPage so that the
 * progress can show the total.
 */
async function collectHistory(
  ctx: CliContext,
  types: HistoryEntryType[] | undefined,
  pageSize: number,
): Promise<HistoryEntry[]> {
  const client = ctx.api();
  const progress = ctx.progress('history');
  const fetchPage = async (offset: number, limit: number) => {
    const page = await client.history.fetchPage({ types }, { offset, limit });
    progress.update(offset + page.items.length, Math.max(page.totalCount, offset + page.items.length));
    return page;
  };
  try {
    return await collect(paginate(fetchPage, { pageSize, path: '/history' }));
  } finally {
    progress.finish();
  }
}

export function registerData(program: Command, action: Action): void {
  const history = program.command('history').description('read the call, SMS, fax and voicemail history');
  history
    .command('export')
    .description('export every history entry (all pages) as CSV or JSON')
    .option('--format <format>', 'csv or json', 'csv')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--types <list>', `only these types, comma-separated (${HISTORY_TYPES.join(',')})`)
    .option('--page-size <n>', `entries per request, at most ${MAX_HISTORY_LIMIT}`, '100')
    .action(
      action(async (ctx, options: { format: string; output?: string; types?: string; pageSize: string }) => {
        const format = oneOf(options.format, ['csv', 'json'] as const, '--format');
        const pageSize = positiveInteger(options.pageSize, '--page-size', MAX_HISTORY_LIMIT);
        const types = options.types?.split(',').map((type) => oneOf(type.trim(), HISTORY_TYPES, '--types'));
        const entries = await collectHistory(ctx, types, pageSize);
        const data = format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : csvTable(HISTORY_COLUMNS, entries);
        ctx.writeOutput(options.output, data);
        reportExport(
          ctx,
          options.output,
          { exported: entries.length, format },
          `exported ${entries.length} history entries`,
        );
      }),
    );

  const contacts = program.command('contacts').description('import and export contacts');
  contacts
    .command('import')
    .description('import contacts from a CSV or vCard file')
    .argument('<file>', 'CSV (columns firstname,lastname,number) or vCard (.vcf) file')
    .option('--format <format>', 'csv or vcard; default: from the file extension')
    .option('--scope <scope>', 'PRIVATE or SHARED (vCard import)', 'PRIVATE')
    .action(
      action(async (ctx, file: string, options: { format?: string; scope: string }) => {
        const format = options.format
          ? oneOf(options.format, ['csv', 'vcard'] as const, '--format')
          : /\.(vcf|vcard)$/i.test(file)
            ? 'vcard'
            : 'csv';
        const scope = oneOf(options.scope, ['PRIVATE', 'SHARED'] as const, '--scope') as Scope;
        const text = readInputFile(file).toString('utf8');
        const client = ctx.api();
        const progress = ctx.progress('contacts');
        const onProgress = ({ done, total }: { done: number; total: number }) => progress.update(done, total);
        // Each import's own report: the CSV one parsed the file (quoted cells may span lines) and knows what it dropped.
        const importing: Promise<Partial<CsvImportReport> & { imported: number }> =
          format === 'vcard'
            ? client.contacts.importVCardString(text, scope, { onProgress })
            : client.contacts.importFromCsvString(text, {
                onWarning: (message) => ctx.info(`warning: ${message}`),
                onProgress,
              });
        const report = await importing.finally(() => progress.finish());
        const { imported, droppedRows: dropped = [], droppedColumns = [] } = report;
        const droppedText = dropped.length > 0 ? `, dropped ${dropped.length} row(s)` : '';
        ctx.result(
          { imported, dropped: dropped.length, droppedRows: dropped, droppedColumns, format, file },
          `imported ${imported} contact(s) from ${file}${droppedText}`,
        );
      }),
    );

  contacts
    .command('export')
    .description('export contacts as CSV or vCard')
    .option('--format <format>', 'csv or vcard', 'csv')
    .option('--scope <scope>', 'ALL, PRIVATE, SHARED or INTERNAL', 'ALL')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(
      action(async (ctx, options: { format: string; scope: string; output?: string }) => {
        const format = oneOf(options.format, ['csv', 'vcard'] as const, '--format');
        const scope = oneOf(options.scope, ['ALL', 'PRIVATE', 'SHARED', 'INTERNAL'] as const, '--scope') as ExportScope;
        // The contacts themselves, then the SDK's own writers: the count is theirs, not read back from the text.
        const contacts = await ctx.api().contacts.exportAsObjects(scope);
        ctx.writeOutput(
          options.output,
          format === 'csv' ? contactsToCsv(contacts, ',') : contactsToAddressBook(contacts),
        );
        const count = contacts.length;
        reportExport(ctx, options.output, { exported: count, format }, `exported ${count} contact(s)`);
      }),
    );
}
