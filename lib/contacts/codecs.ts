/**
 * The CSV and vCard readers and writers, loaded on first use: they are neither in the cost of loading the SDK
 * nor in the first chunk of an app that bundles it. The script-tag bundles get ./codecs-inline.ts instead.
 */
import type { ContactCodecs } from './codecs-inline';

export const loadCodecs: { [K in keyof ContactCodecs]: () => Promise<ContactCodecs[K]> } = {
  csvImport: () => import('./csv-import'),
  csvExport: () => import('./csv-export'),
  vCard: () => import('./vcard'),
};
