/**
 * The contacts bulk paths, ours against the official `sipgateio` 2.15.1 on the same input, with the HTTP
 * client replaced by an in-memory stub on both sides so only the SDK's own work is measured: CSV import
 * (parse, project, encode), vCard export, contacts CSV export (also against the former papaparse-based
 * writer), vCard import parsing, and our CSV parser against papaparse. Contenders run in the same interleaved
 * rounds (order alternating); medians per operation and ratios are printed.
 *
 * Run: npx ts-node bench/contacts-bulk.ts [rounds]
 */
import Papa from 'papaparse';
const official = require('sipgateio') as {
  createContactsModule: (client: unknown) => Record<string, (...args: unknown[]) => Promise<unknown>>;
};
const VCard = require('vcf') as new () => { parse(text: string): unknown };
import type { SipgateIOClient } from '../lib/core';
import { parseCsv } from '../lib/core/csv';
import { createContactsModule, type ContactResponse } from '../lib/contacts';
import { parseVCards } from '../lib/contacts/vcard';

const ROUNDS = Number(process.argv[2] ?? 15);
const CONTACTS = 2000;
const CSV_ROWS = 5000;

function sampleContact(index: number): ContactResponse {
  return {
    id: `c${index}`,
    name: `Person${index} Lastname${index}`,
    picture: null,
    emails: [{ email: `person${index}@example.com`, type: ['work'] }],
    numbers: [
      { number: `+49211${String(index).padStart(7, '0')}`, type: ['work'] },
      { number: `+49157${String(index).padStart(7, '0')}`, type: ['cell'] },
    ],
    addresses: [
      {
        poBox: '',
        extendedAddress: '',
        streetAddress: `Street ${index}`,
        locality: 'Düsseldorf',
        region: 'NRW',
        postalCode: '40219',
        country: 'Germany',
      },
    ],
    organization: [['sipgate', 'Dev']],
    scope: index % 2 ? 'PRIVATE' : 'SHARED',
  };
}

const contacts = Array.from({ length: CONTACTS }, (_, index) => sampleContact(index));
// ASCII names and E.164 numbers without quotes: the input the official's naive comma split reads correctly.
const importCsv = [
  'firstname,lastname,number',
  ...Array.from({ length: CSV_ROWS }, (_, i) => `First${i},Last${i},+49211${String(i).padStart(7, '0')}`),
].join('\n');
const vcardBook = contacts
  .map(
    (c) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nN:${c.name.split(' ')[1]};${c.name.split(' ')[0]};;;\r\nFN:${c.name}\r\n` +
      `TEL;TYPE=work:${c.numbers[0].number}\r\nEMAIL:${c.emails[0].email}\r\nORG:sipgate;Dev\r\nEND:VCARD`,
  )
  .join('\r\n');
const singleCard = vcardBook.slice(0, vcardBook.indexOf('END:VCARD') + 'END:VCARD'.length);

let sink = 0;
const stub = {
  get: async () => ({ items: contacts, totalCount: contacts.length }),
  post: async (_path: string, body: { base64Content?: string }) => {
    sink += body.base64Content?.length ?? 1;
  },
};
const ours = createContactsModule(stub as unknown as SipgateIOClient);
const theirs = official.createContactsModule(stub);

/** The former contacts CSV writer (papaparse, flat layout), kept here as the "before" contender. */
function formerCsvExport(list: readonly ContactResponse[]): string {
  const data = list.map((c) => [
    c.id,
    c.name,
    c.emails.map((e) => e.email).join(' | '),
    c.numbers.map((n) => n.number).join(' | '),
    c.addresses
      .map((a) => [a.streetAddress, `${a.postalCode} ${a.locality}`, a.region, a.country].join(', '))
      .join(' | '),
    c.organization.map((unit) => unit.join(', ')).join(' | '),
    c.scope,
  ]);
  return Papa.unparse(
    { fields: ['id', 'name', 'emails', 'numbers', 'addresses', 'organization', 'scope'], data },
    { delimiter: ',', newline: '\n', escapeFormulae: /^(?:[=@\t\r]|[+-](?![\d\s(]))/ },
  );
}

type Op = () => unknown;
interface Contest {
  title: string;
  contenders: Record<string, Op>;
  /** [faster candidate, baseline]: printed as "baseline time / candidate time" (higher = candidate faster). */
  ratios: Array<[string, string]>;
  repeat: number;
}

const contests: Contest[] = [
  {
    title: `CSV import, ${CSV_ROWS} rows (parse, project, base64, stub POST)`,
    contenders: {
      ours: () => ours.importFromCsvString(importCsv, { onWarning: () => undefined }),
      official: () => theirs.importFromCsvString(importCsv),
    },
    ratios: [['ours', 'official']],
    repeat: 5,
  },
  {
    title: `vCard export, ${CONTACTS} contacts (exportAsVCards, stub GET)`,
    contenders: {
      ours: () => ours.exportAsVCards('ALL'),
      official: () => theirs.exportAsVCards('ALL'),
    },
    ratios: [['ours', 'official']],
    repeat: 3,
  },
  {
    title: `contacts CSV export, ${CONTACTS} contacts (exportAsCsv, stub GET)`,
    contenders: {
      ours: () => ours.exportAsCsv('ALL'),
      'ours flat': () => ours.exportAsCsv('ALL', ',', undefined, undefined, { format: 'flat' }),
      // The former exportAsCsv: the same listing path, then the papaparse writer.
      'before (papaparse)': async () => formerCsvExport(await ours.exportAsObjects('ALL')),
      official: () => theirs.exportAsCsv('ALL'),
    },
    ratios: [
      ['ours', 'before (papaparse)'],
      ['ours flat', 'before (papaparse)'],
      ['ours', 'official'],
    ],
    repeat: 3,
  },
  {
    title: `vCard parse, ${CONTACTS} cards (ours) vs the official's vcf on one card each`,
    contenders: {
      'ours (whole book)': () => parseVCards(vcardBook),
      'vcf (card by card)': () => {
        for (let i = 0; i < CONTACTS; i++) new VCard().parse(singleCard);
      },
    },
    ratios: [['ours (whole book)', 'vcf (card by card)']],
    repeat: 3,
  },
  {
    title: `CSV parse only, ${CSV_ROWS} rows: ours vs papaparse`,
    contenders: {
      ours: () => parseCsv(importCsv),
      papaparse: () => Papa.parse(importCsv, { header: true, skipEmptyLines: true }),
    },
    ratios: [['ours', 'papaparse']],
    repeat: 10,
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeOnce(op: Op, repeat: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) await op();
  return Number(process.hrtime.bigint() - started) / 1e6 / repeat;
}

async function main() {
  console.log(
    `contacts bulk paths, node ${process.version}, median of ${ROUNDS} interleaved rounds (ms per operation)`,
  );
  for (const contest of contests) {
    const names = Object.keys(contest.contenders);
    const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
    for (const name of names) await timeOnce(contest.contenders[name], 1); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...names].reverse() : names;
      for (const name of order) samples[name].push(await timeOnce(contest.contenders[name], contest.repeat));
    }
    console.log(`\n${contest.title}`);
    for (const name of names) console.log(`  ${name.padEnd(22)} ${median(samples[name]).toFixed(2).padStart(9)} ms`);
    for (const [candidate, baseline] of contest.ratios) {
      const ratio = median(samples[baseline]) / median(samples[candidate]);
      console.log(`  speed ${candidate} / ${baseline}: ${ratio.toFixed(2)}x`);
    }
  }
  if (sink < 0) console.log(sink);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
