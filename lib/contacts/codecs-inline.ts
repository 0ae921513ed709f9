/**
 * The codecs of ./codecs.ts loaded up front, for the script-tag bundles (bundle/), which are one file with
 * nothing to load later; rollup.config.js swaps this file in. Inlined dynamic imports would keep every
 * export of each module in a namespace object, so plain imports make the smaller bundle.
 */
import { contactsToCsv } from './csv-export';
import { planCsvImport, recordToContact, uploadCsv } from './csv-import';
import { contactsToAddressBook, contactToVCard, parseVCards } from './vcard';

const codecs = {
  csvImport: { planCsvImport, recordToContact, uploadCsv },
  csvExport: { contactsToCsv },
  vCard: { contactsToAddressBook, contactToVCard, parseVCards },
};

export type ContactCodecs = typeof codecs;

export const loadCodecs: { [K in keyof ContactCodecs]: () => Promise<ContactCodecs[K]> } = {
  csvImport: async () => codecs.csvImport,
  csvExport: async () => codecs.csvExport,
  vCard: async () => codecs.vCard,
};
