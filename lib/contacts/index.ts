export { createContactsModule } from './contacts';
export { ContactsBulkError, type BulkFailure } from './errors';
export { VCARD_LIMITS } from './vcard-parse';
export { CSV_IMPORT_LIMITS } from './csv-import';
export * from './contacts.types';
