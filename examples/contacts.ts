/**
 * Imports contacts from CSV and vCard, then exports the address book as CSV and as vCards.
 *   npx ts-node examples/contacts.ts [contacts.csv] [contacts.vcf]
 * Against the real API it imports only the files you name (and otherwise just exports); on the sandbox it
 * imports the samples below.
 */
import { readFileSync } from 'node:fs';
import { clientFromEnv, isSandbox, run } from './lib/env';

// The CSV import needs the columns firstname, lastname and number (any order; more columns are ignored).
const SAMPLE_CSV = `lastname,firstname,number,company
Lovelace,Ada,+4921163553355,Analytical Engines
"Babbage, Jr.",Charles,+4921163553356,
`;

const SAMPLE_VCARD = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Johnson;Katherine;;;',
  'FN:Katherine Johnson',
  'TEL;TYPE=work:+4921163553357',
  'EMAIL:katherine@example.com',
  'END:VCARD',
  '',
].join('\r\n');

function input(position: number, sample: string): string | undefined {
  const file = process.argv[2 + position];
  if (file) return readFileSync(file, 'utf8');
  return isSandbox() ? sample : undefined;
}

run(async () => {
  const client = clientFromEnv();
  const csv = input(0, SAMPLE_CSV);
  if (csv !== undefined) {
    await client.contacts.importFromCsvString(csv);
    console.log(`imported ${csv.trim().split('\n').length - 1} contacts from CSV`);
  }
  const vcards = input(1, SAMPLE_VCARD);
  if (vcards !== undefined) {
    await client.contacts.importVCardString(vcards, 'PRIVATE'); // PRIVATE: only you see them
    console.log(`imported ${vcards.match(/^BEGIN:VCARD/gm)?.length ?? 0} contact(s) from vCard`);
  }

  console.log('\nCSV export (semicolon-separated):');
  console.log(await client.contacts.exportAsCsv('ALL', ';'));
  const cards = await client.contacts.exportAsVCards('ALL');
  console.log(`vCard export: ${cards.length} cards; the first one:\n${cards[0] ?? '(none)'}`);
});
