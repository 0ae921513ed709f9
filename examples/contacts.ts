/** Imports contacts from CSV and vCard, then exports them as CSV and vCard.  npx ts-node examples/contacts.ts */
import { clientFromEnv, run } from './lib/env';

const CSV = `lastname,firstname,number,company
Lovelace,Ada,+4921163553355,Analytical Engines
"Zoë, Jr.",Zoë,+4921163553356,
`;

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Hopper;Grace;;;',
  'FN:Grace Hopper',
  'TEL;TYPE=work:+4921163553357',
  'EMAIL:grace@example.com',
  'END:VCARD',
  '',
].join('\r\n');

run(async () => {
  const client = clientFromEnv();
  await client.contacts.importFromCsvString(CSV);
  console.log('imported 2 contacts from CSV');
  await client.contacts.importVCardString(VCARD, 'PRIVATE');
  console.log('imported 1 contact from vCard');

  console.log('\nCSV export (semicolon-separated):');
  console.log(await client.contacts.exportAsCsv('ALL', ';'));
  const cards = await client.contacts.exportAsVCards('ALL');
  console.log(`vCard export: ${cards.length} cards; the first one:\n${cards[0] ?? '(none)'}`);
});
