/** Walks the whole call history page by page and exports it as CSV.  npx ts-node examples/history.ts */
import { HistoryEntryType } from '../lib';
import { clientFromEnv, run } from './lib/env';

run(async () => {
  const client = clientFromEnv();
  const page = await client.history.fetchPage({}, { limit: 5 });
  console.log(`history holds ${page.totalCount} entries; first page has ${page.items.length}`);

  let count = 0;
  for await (const entry of client.history.iterate(
    { types: [HistoryEntryType.CALL, HistoryEntryType.SMS] },
    { pageSize: 50 },
  )) {
    count += 1;
    if (count <= 5)
      console.log(`${entry.created.toISOString()}  ${entry.type.padEnd(5)} ${entry.source} → ${entry.target}`);
  }
  console.log(`${count} calls and SMS in total`);

  const csv = await client.history.exportAsCsvString({}, { limit: 10 });
  console.log(`CSV export: ${csv.split('\n').filter(Boolean).length} lines`);
});
